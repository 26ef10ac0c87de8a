//! The weight-image reader (format v2) on arbitrary bytes: `WeightImage::from_bytes` (the
//! container) and `CompiledModel::from_bytes` (the sections as a model) must return, never
//! panic, never read out of bounds. An accepted image must survive a write/read round trip
//! unchanged, and so must an accepted model.
//!
//! Blind mutation almost never gets past the header CRC, so each input is also read a
//! second time "sealed": magic, version, file length, manifest CRC and header CRC set to
//! what a writer would put there. That run reaches the manifest, layout, section and model
//! checks.

#![no_main]

use libfuzzer_sys::fuzz_target;
use qins_host::image::{WeightImage, MAGIC, VERSION};
use qins_models::compiled::CompiledModel;

fn check(data: &[u8]) {
    if let Ok(image) = WeightImage::from_bytes(data) {
        let bytes = image.to_bytes().expect("an accepted image can be written");
        let again = WeightImage::from_bytes(&bytes).expect("a written image can be read");
        assert_eq!(again, image);
    }
    if let Ok(model) = CompiledModel::from_bytes(data) {
        let bytes = model
            .to_image()
            .and_then(|i| i.to_bytes())
            .expect("an accepted model can be written");
        let again = CompiledModel::from_bytes(&bytes).expect("a written model can be read");
        assert_eq!(again, model);
    }
}

fn seal(data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < 32 {
        return None;
    }
    let mut b = data.to_vec();
    b[..8].copy_from_slice(&MAGIC);
    b[8..12].copy_from_slice(&VERSION.to_le_bytes());
    let len = b.len() as u64;
    b[20..28].copy_from_slice(&len.to_le_bytes());
    let manifest_len = u32::from_le_bytes([b[12], b[13], b[14], b[15]]) as usize;
    if let Some(m) = b.get(32..32usize.saturating_add(manifest_len)) {
        let crc = crc32fast::hash(m);
        b[16..20].copy_from_slice(&crc.to_le_bytes());
    }
    let crc = crc32fast::hash(&b[..28]);
    b[28..32].copy_from_slice(&crc.to_le_bytes());
    Some(b)
}

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Some(sealed) = seal(data) {
        check(&sealed);
    }
});
