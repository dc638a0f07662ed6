/// An `Encoder` that builds a `JSONValue`, keeping object fields in the order `encode(to:)` wrote
/// them. Foundation's `JSONEncoder` on this toolchain emits fields in hash order (different on
/// every run) unless told `.sortedKeys`; `scenario show` wants the schema's order instead.
enum OrderedJSONEncoder {
  /// Encodes `value` into a tree.
  static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
    let root = Node()
    try value.encode(to: TreeEncoder(node: root, codingPath: []))
    return root.value
  }
}

/// A value under construction; containers hold on to their node and fill it in.
private final class Node {
  enum Content {
    case unset
    case scalar(JSONValue)
    case array([Node])
    case object([(String, Node)])
  }
  var content = Content.unset

  var value: JSONValue {
    switch content {
    case .unset: return .null
    case .scalar(let v): return v
    case .array(let items): return .array(items.map(\.value))
    case .object(let fields): return .object(fields.map { ($0.0, $0.1.value) })
    }
  }

  func child(key: String) -> Node {
    let node = Node()
    if case .object(var fields) = content {
      if let i = fields.firstIndex(where: { $0.0 == key }) {
        fields[i].1 = node
      } else {
        fields.append((key, node))
      }
      content = .object(fields)
    } else {
      content = .object([(key, node)])
    }
    return node
  }

  func appendChild() -> Node {
    let node = Node()
    if case .array(var items) = content {
      items.append(node)
      content = .array(items)
    } else {
      content = .array([node])
    }
    return node
  }

  func makeObject() { if case .object = content {} else { content = .object([]) } }
  func makeArray() { if case .array = content {} else { content = .array([]) } }
}

private struct IndexKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ index: Int) {
    stringValue = "Index \(index)"
    intValue = index
  }
  init?(stringValue: String) { return nil }
  init?(intValue: Int) { self.init(intValue) }
}

private func scalar<T: Encodable>(_ value: T) -> JSONValue? {
  switch value {
  case let v as String: return .string(v)
  case let v as Bool: return .bool(v)
  case let v as Int: return .number(String(v))
  case let v as Int8: return .number(String(v))
  case let v as Int16: return .number(String(v))
  case let v as Int32: return .number(String(v))
  case let v as Int64: return .number(String(v))
  case let v as UInt: return .number(String(v))
  case let v as UInt8: return .number(String(v))
  case let v as UInt16: return .number(String(v))
  case let v as UInt32: return .number(String(v))
  case let v as UInt64: return .number(String(v))
  case let v as Double: return .number(v.isFinite ? String(v) : "null")
  case let v as Float: return .number(v.isFinite ? String(v) : "null")
  default: return nil
  }
}

private func encodeValue<T: Encodable>(_ value: T, into node: Node, path: [any CodingKey]) throws {
  if let s = scalar(value) {
    node.content = .scalar(s)
  } else {
    try value.encode(to: TreeEncoder(node: node, codingPath: path))
  }
}

private struct TreeEncoder: Encoder {
  let node: Node
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleContainer(node: node, codingPath: codingPath)
  }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws {
    node.child(key: key.stringValue).content = .scalar(.null)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    try encodeValue(value, into: node.child(key: key.stringValue), path: codingPath + [key])
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = node.child(key: key.stringValue)
    return TreeEncoder(node: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = node.child(key: key.stringValue)
    return TreeEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(node: node.child(key: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    TreeEncoder(node: node.child(key: key.stringValue), codingPath: codingPath + [key])
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey]
  var count: Int {
    if case .array(let items) = node.content { return items.count }
    return 0
  }

  mutating func encodeNil() throws { node.appendChild().content = .scalar(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let path = codingPath + [IndexKey(count)]
    try encodeValue(value, into: node.appendChild(), path: path)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let path = codingPath + [IndexKey(count)]
    return TreeEncoder(node: node.appendChild(), codingPath: path).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let path = codingPath + [IndexKey(count)]
    return TreeEncoder(node: node.appendChild(), codingPath: path).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    TreeEncoder(node: node.appendChild(), codingPath: codingPath + [IndexKey(count)])
  }
}

private struct SingleContainer: SingleValueEncodingContainer {
  let node: Node
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .scalar(.null) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try encodeValue(value, into: node, path: codingPath)
  }
}
