/** @type {import('@eventcatalog/core/bin/eventcatalog.config').Config} */
export default {
  title: 'Event catalog',
  tagline: 'Bounded contexts, services and the messages between them, from Mesh Studio',
  organizationName: 'Mesh Studio',
  homepageLink: '/',
  trailingSlash: false,
  base: '/',
};
