/** @type {import('@eventcatalog/core/bin/eventcatalog.config').Config} */
export default {
  cId: 'b1cb4a26-bc94-547d-8d3d-3e8f428ec594',
  title: 'Event catalog',
  tagline: 'Bounded contexts, services and the messages between them, from Mesh Studio',
  organizationName: 'Mesh Studio',
  trailingSlash: false,
  base: '/',
};
