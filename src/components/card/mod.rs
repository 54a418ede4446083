//! The pieces of a card, in their own room: a figure's value as type (`value`), what it is
//! (`badges`), the mark that encodes it on its own scale (`marks`), a number tile (`tile`) and
//! a card's head with its year (`head`). Static markup and CSS: the same in the first paint and
//! the app, with no canvas and nothing to draw.

mod badges;
mod head;
mod marks;
mod part_of_whole;
mod tile;
mod value;

pub use head::CardHead;
pub use part_of_whole::PartOfWhole;
pub use tile::Tile;
