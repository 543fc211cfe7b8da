-- Schema version 7: workshop aids — votes (dots on stickies), comments on elements, a
-- diagram's dot budget — one JSON document each, like reviews.
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    document TEXT NOT NULL
);
