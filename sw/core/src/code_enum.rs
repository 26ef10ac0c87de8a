//! [`code_enum!`]: a list of hardware or protocol codes written once.

/// Declares a fieldless enum with a `#[repr]` integer type and, from the one list of
/// variants, `ALL` (every variant in declaration order) and `from_repr` (the variant whose
/// discriminant is a value, or `None`). Register-map codes, opcodes, link status codes and
/// simulator port numbers are declared with it, so no code list is written twice.
///
/// ```
/// qins_core::code_enum! {
///     /// Colours.
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Colour: u8 { Red = 1, Green = 2 }
/// }
/// assert_eq!(Colour::ALL, [Colour::Red, Colour::Green]);
/// assert_eq!(Colour::from_repr(2), Some(Colour::Green));
/// assert_eq!(Colour::from_repr(0), None);
/// ```
#[macro_export]
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: $repr:ty {
            $( $(#[$vmeta:meta])* $variant:ident $(= $value:expr)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[repr($repr)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $(= $value)? ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];

            /// The variant whose discriminant is `v`.
            pub fn from_repr(v: $repr) -> Option<$name> {
                Self::ALL.into_iter().find(|x| *x as $repr == v)
            }
        }
    };
}
