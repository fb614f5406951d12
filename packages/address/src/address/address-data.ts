import { dispatchDvcEvent } from '@dvc/core';
import {
  loadCommunes,
  loadCountries,
  loadProvinces,
  type AddressDataLoader,
  type Commune,
  type Country,
  type Province,
} from '../data.js';
import { countryUnits, type AddressUnitField, type LoadState, type Unit } from './address-model.js';

/** Detail of `dvc-address-load-error`. */
export interface AddressLoadErrorDetail {
  /** The list that failed: provinces, the communes of `provinceCode`, or the countries. */
  readonly list: 'provinces' | 'communes' | 'countries';
  readonly provinceCode: string;
  readonly error: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'dvc-address-load-error': CustomEvent<AddressLoadErrorDetail>;
  }
}

type ListName = AddressLoadErrorDetail['list'];

/**
 * What the lists need from whoever shows them (the `<dvc-address>` element, or a form that renders
 * the address in its own tree): no Lit host is needed.
 */
export interface AddressDataHost {
  /** Where the lists are read from now. */
  loader(): AddressDataLoader;
  /** A list arrived or failed: show it. */
  requestRender(): void;
  /** Resolves once what was asked to render has rendered. */
  rendered(): Promise<unknown>;
  /** The element `dvc-address-load-error` is fired on. */
  eventTarget(): HTMLElement;
}

/**
 * The lists `<dvc-address>` shows, loaded on demand: the provinces, the communes of the chosen
 * province, the countries once a place abroad is chosen. A failed load fires
 * `dvc-address-load-error` and can be retried; an answer for a stale request is dropped.
 */
export class AddressDataController {
  provinces: readonly Province[] = [];
  provinceLoad: LoadState = 'idle';
  communes: readonly Commune[] = [];
  communeLoad: LoadState = 'idle';
  countries: readonly Country[] = [];
  countryLoad: LoadState = 'idle';
  /** The province whose communes were last asked for. */
  communesFor = '';
  private readonly pending = new Set<Promise<unknown>>();
  private generation = 0;

  constructor(private readonly host: AddressDataHost) {}

  /** Resolves once no list is loading. */
  async settled(): Promise<void> {
    for (;;) {
      await this.host.rendered();
      const pending = [...this.pending];
      if (!pending.length) return;
      await Promise.allSettled(pending);
    }
  }

  /** The choices of a box: the provinces, the communes of `provinceCode` once loaded, the countries in `language`. */
  units(field: AddressUnitField, provinceCode: string, language: string): readonly Unit[] {
    if (field === 'province') return this.provinces;
    if (field === 'country') return countryUnits(this.countries, language);
    return provinceCode && this.communesFor === provinceCode && this.communeLoad === 'loaded' ? this.communes : [];
  }

  stateOf(field: AddressUnitField): LoadState {
    return field === 'province' ? this.provinceLoad : field === 'country' ? this.countryLoad : this.communeLoad;
  }

  /** Loads a box's list again after a failure (the communes only once a province is chosen). */
  retry(field: AddressUnitField, provinceCode: string): void {
    if (field === 'province') this.load('provinces', '');
    else if (field === 'country') this.load('countries', '');
    else if (provinceCode) this.load('communes', provinceCode);
    this.host.requestRender();
  }

  reset(): void {
    this.generation += 1;
    this.provinces = [];
    this.provinceLoad = 'idle';
    this.communes = [];
    this.communeLoad = 'idle';
    this.communesFor = '';
    this.countries = [];
    this.countryLoad = 'idle';
  }

  /** Starts the loads the value needs: the provinces and the province's communes, or the countries. */
  request(provinceCode: string, abroad: boolean): void {
    if (abroad) {
      if (this.countryLoad === 'idle') this.load('countries', '');
      return;
    }
    if (this.provinceLoad === 'idle') this.load('provinces', '');
    if (provinceCode && provinceCode !== this.communesFor) this.load('communes', provinceCode);
  }

  load(list: ListName, provinceCode: string): void {
    const generation = this.generation;
    const loader = this.host.loader();
    if (list === 'provinces') this.provinceLoad = 'loading';
    else if (list === 'countries') this.countryLoad = 'loading';
    else {
      this.communesFor = provinceCode;
      this.communes = [];
      this.communeLoad = 'loading';
    }
    const stale = (): boolean =>
      generation !== this.generation || (list === 'communes' && provinceCode !== this.communesFor);
    const request: Promise<unknown> =
      list === 'provinces'
        ? loadProvinces(loader)
        : list === 'countries'
          ? loadCountries(loader)
          : loadCommunes(loader, provinceCode);
    const pending = request.then(
      (units) => {
        if (stale()) return;
        if (list === 'provinces') [this.provinces, this.provinceLoad] = [units as Province[], 'loaded'];
        else if (list === 'countries') [this.countries, this.countryLoad] = [units as Country[], 'loaded'];
        else [this.communes, this.communeLoad] = [units as Commune[], 'loaded'];
        this.host.requestRender();
      },
      (error: unknown) => {
        if (stale()) return;
        if (list === 'provinces') this.provinceLoad = 'failed';
        else if (list === 'countries') this.countryLoad = 'failed';
        else this.communeLoad = 'failed';
        this.host.requestRender();
        dispatchDvcEvent<AddressLoadErrorDetail>(this.host.eventTarget(), 'dvc-address-load-error', {
          list,
          provinceCode,
          error,
        });
      },
    );
    this.pending.add(pending);
    void pending.finally(() => this.pending.delete(pending));
  }
}
