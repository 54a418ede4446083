//! The pieces of a card, in their own room, each a pure function of its figures and the
//! language (as a chart's drawing is of its data and area): a figure's value as type
//! (`value`), what it is (`badges`), the mark that encodes it on its own scale (`marks`), a
//! number tile (`tile`), a part of a whole (`part_of_whole`) and a card's head with its year
//! (`head`). Static markup and CSS, the same in the first paint and the app, with nothing to
//! draw; plain functions rather than components, which cost the bundle a component's machinery
//! each.

mod badges;
mod head;
mod marks;
mod part_of_whole;
mod tile;
mod value;

pub use head::card_head;
pub use part_of_whole::part_of_whole;
pub use tile::tile;
