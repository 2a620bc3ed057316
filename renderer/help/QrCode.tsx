import { toString as qrToString } from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of a link, so it can be opened on a phone (SVG as a data: image; the CSP allows those). */
export function QrCode({ url, alt }: { url: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    qrToString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return src ? <img className="help-qr" src={src} alt={alt} width={176} height={176} /> : null;
}
