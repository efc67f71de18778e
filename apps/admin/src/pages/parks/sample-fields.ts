/** Whether the plan leaves a park's field to sample data; lng/lat are sampled together as `location`. */
export const isSampleField = (sampleFields: readonly string[], field: string): boolean =>
  sampleFields.includes(field) || ((field === 'lng' || field === 'lat') && sampleFields.includes('location'));
