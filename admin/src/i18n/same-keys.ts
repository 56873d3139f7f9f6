/** The shape of a message tree with every leaf a string: makes zh-CN and en carry the same keys. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
