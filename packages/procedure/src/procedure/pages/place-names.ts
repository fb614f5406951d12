import type { ReactiveControllerHost } from 'lit';
import type { AnswerRow } from '@dvc/form';
import { fetchLoader, formatAddress, loadCommunes, loadProvinces } from '@dvc/address';

/**
 * Place names for address answers, loaded once per province from the files the address picker
 * uses; the host renders again when they arrive.
 */
export class PlaceNames {
  private names = new Map<string, string>();
  private readonly requested = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** An address answer in the official order (detail, commune, province), with place names once loaded. */
  format(row: AnswerRow): string {
    const codes = row.address ?? {};
    const province = codes['provinceCode'] ?? '';
    if (!province) return row.text;
    void this.load(province);
    return formatAddress(
      { provinceCode: province, communeCode: codes['communeCode'] ?? '', detail: codes['detail'] ?? '' },
      {
        provinceName: this.names.get(province),
        communeName: this.names.get(`${province}/${codes['communeCode'] ?? ''}`),
      },
    );
  }

  private async load(provinceCode: string): Promise<void> {
    if (this.requested.has(provinceCode)) return;
    this.requested.add(provinceCode);
    try {
      const loader = fetchLoader();
      const [provinces, communes] = await Promise.all([loadProvinces(loader), loadCommunes(loader, provinceCode)]);
      const names = new Map(this.names);
      for (const province of provinces) names.set(province.code, province.name);
      for (const commune of communes) names.set(`${provinceCode}/${commune.code}`, commune.name);
      this.names = names;
      this.host.requestUpdate();
    } catch {
      // Without the names the codes and the detail line still say where; the request is tried again later.
      this.requested.delete(provinceCode);
    }
  }
}
