// Customer Profiles: the file rules and the conversion of a file into the profile CSV that an
// upload job takes (issue 15, steps 1 and 2). Pure: Node built-ins and `yaml`, no AWS SDK and no
// @actions/core; nothing from a data row is in a message.
//
// How a caller uses it:
//
//   const mapping = fieldMappingInput ? parseFieldMapping(fieldMappingInput) : undefined; // throws ActionError
//   const kind = await detectFileKind(file, format, mapping !== undefined);
//   if (kind === 'pinpoint') ... validateFile(file, …) as today, and stop on its errors;
//   const conversion = await convertToProfiles(file, {
//     format, kind, output: <a path under RUNNER_TEMP>,
//     listMarker: { column: 'list_newsletter', value: contentVersionToken },
//     uniqueKey: uniqueKeyInput, fieldMapping: mapping,
//   });
//   annotate conversion.problems like a ValidationReport's; stop if conversion.errorCount > 0
//   (conversion.converted is then undefined and no file is left behind);
//   CreateUploadJob({ Fields: conversion.fields, UniqueKey: conversion.uniqueKey, … }) and upload
//   conversion.converted.path; report conversion.profiles and conversion.endpoints.
//
// Modules:
//   convert.ts            detectFileKind, convertToProfiles: the pass over the file
//   field-mapping.ts      parseFieldMapping: the `field-mapping` input
//   pinpoint-profiles.ts  endpoints → profiles: where each Pinpoint field goes, merging by user
//   profile-rows.ts       a plain profile CSV → the converted file
//   profile-fields.ts     the profile fields, the `Fields` entries, the service's limits
//   profile-csv-writer.ts the converted file: RFC 4180, no BOM, its size and SHA-256
//   read-rows.ts          rows and lines, read with the validation engine's reader and scanner

export {
  convertToProfiles,
  detectFileKind,
  type ConvertOptions,
  type ProfileConversion,
  type ProfileFileKind,
} from './convert.ts';
export { listMarker, type ListMarker } from './list-marker.ts';
export { parseFieldMapping, type FieldMapping } from './field-mapping.ts';
export { ACCOUNT_NUMBER, type EndpointCounts } from './pinpoint-profiles.ts';
export { DEFAULT_PROFILE_UNIQUE_KEY } from './profile-rows.ts';
export { PROFILE_LIMITS, type FieldContentType, type ProfileField } from './profile-fields.ts';
