//! [`counters!`]: a struct of counters whose totals add with `+=`.

/// Declares a struct (attributes, fields and docs as written) and `AddAssign` for it that
/// adds each field, so totals over runs are one `+=` that cannot miss a field.
///
/// ```
/// qins_core::counters! {
///     /// Work done.
///     #[derive(Clone, Copy, Debug, Default, PartialEq)]
///     pub struct Work { pub cycles: u64, pub bytes: u64 }
/// }
/// let mut total = Work { cycles: 1, bytes: 2 };
/// total += Work { cycles: 10, bytes: 20 };
/// assert_eq!(total, Work { cycles: 11, bytes: 22 });
/// ```
#[macro_export]
macro_rules! counters {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$fmeta:meta])* $fvis:vis $field:ident: $ty:ty ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$fmeta])* $fvis $field: $ty ),+
        }

        impl ::core::ops::AddAssign for $name {
            fn add_assign(&mut self, o: $name) {
                $( self.$field += o.$field; )+
            }
        }
    };
}
