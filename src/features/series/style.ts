/** The series panel and the next-volume banner: added to Uketori's stylesheet when the series feature first mounts. */
export const SERIES_CSS = `
.uketori-series-panel{position:fixed;top:12px;right:12px;z-index:2147483646;width:min(420px,calc(100vw - 24px));max-height:calc(100vh - 24px);overflow:auto;box-sizing:border-box;padding:12px 14px;border:1px solid #00796b;border-radius:8px;background:#fff;color:#263238;font:13px/1.5 sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.2);text-align:left}
.uketori-series-panel h2{font-size:15px;margin:0 0 2px;padding:0;border:0;background:none;color:#00695c}
.uketori-series-panel ol{margin:6px 0;padding-left:22px}.uketori-series-panel li{margin:2px 0}
.uketori-series-panel li .uketori-btn{padding:0 6px;margin-left:4px}
.uketori-series-panel fieldset{border:1px solid #cfd8dc;border-radius:6px;margin:6px 0;padding:4px 8px}.uketori-series-panel label{margin-right:10px}
.uketori-series-summary{background:#e0f2f1;border-radius:6px;padding:6px 8px;margin:6px 0}
.uketori-muted{color:#607d8b;margin:0}
.uketori-series-next{position:relative;z-index:2147483645;margin:0;padding:8px 12px;background:#e0f2f1;border-bottom:2px solid #00796b;color:#263238;font:13px/1.5 sans-serif}
`;
