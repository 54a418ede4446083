//! Image and data export: a chart's PNG at the right size with its credit wrapped, and the
//! data download as UTF-8 CSV with a byte-order mark.
use super::reading::chart_of;
use super::*;
use report_infographic::charts;
use report_infographic::charts::theme::Theme;
use report_infographic::components::export::{chart_png, dataset_blob, MIN_EXPORT_SCALE};
use wasm_bindgen_futures::JsFuture;

async fn bytes_of(blob: &web_sys::Blob) -> Vec<u8> {
    let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

#[wasm_bindgen_test]
async fn a_chart_exports_as_a_png_of_the_right_size() {
    let group = chart_of(ChartKind::Bars, 2);
    let layout = charts::LAYOUT_WIDTHS_CSS[1];
    // A credit far wider than the chart: it wraps inside the image.
    let source = "来源：某某区融媒体中心 · 一个很长的系列标题，比图表宽得多 · A long series title, far wider than the chart it credits";
    let png = chart_png(group, Lang::Zh, Theme::for_dark(false), layout, source, 1.0)
        .await
        .unwrap();
    assert_eq!(png.type_(), "image/png");
    let bytes = bytes_of(&png).await;
    assert_eq!(&bytes[..8], &[137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    let stamp = charts::Stamp::new(group, Lang::Zh, layout, source);
    assert!(stamp.source_lines.len() > 1, "the credit wraps");
    assert_eq!(
        (width, height),
        (
            (layout * MIN_EXPORT_SCALE).round() as u32,
            (stamp.height() * MIN_EXPORT_SCALE).round() as u32
        ),
        "twice the CSS size on a 1× screen, with the title and the wrapped credit"
    );
}

#[wasm_bindgen_test]
async fn the_data_download_is_utf8_csv_with_a_byte_order_mark() {
    let blob = dataset_blob();
    assert!(blob.type_().starts_with("text/csv"));
    let bytes = bytes_of(&blob).await;
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.lines().count(), REPORT.figures().count() + 1);
}
