/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const hyperfleet = $root.hyperfleet = (() => {

    /**
     * Namespace hyperfleet.
     * @exports hyperfleet
     * @namespace
     */
    const hyperfleet = {};

    hyperfleet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof hyperfleet
         * @namespace
         */
        const v1 = {};

        v1.HyperparameterValue = (function() {

            /**
             * Properties of a HyperparameterValue.
             * @typedef {Object} hyperfleet.v1.HyperparameterValue.$Properties
             * @property {number|null} [number] HyperparameterValue number
             * @property {number|Long|null} [integer] HyperparameterValue integer
             * @property {string|null} [text] HyperparameterValue text
             * @property {boolean|null} [flag] HyperparameterValue flag
             * @property {"number"|"integer"|"text"|"flag"} [kind] HyperparameterValue kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HyperparameterValue.
             * @memberof hyperfleet.v1
             * @interface IHyperparameterValue
             * @augments hyperfleet.v1.HyperparameterValue.$Properties
             * @deprecated Use hyperfleet.v1.HyperparameterValue.$Properties instead.
             */

            /**
             * Narrowed shape of a HyperparameterValue.
             * @typedef {{
             *   number?: number|null;
             *   integer?: number|Long|null;
             *   text?: string|null;
             *   flag?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; number?: null; integer?: null; text?: null; flag?: null }|{ kind?: "number"; number: number; integer?: null; text?: null; flag?: null }|{ kind?: "integer"; number?: null; integer: number|Long; text?: null; flag?: null }|{ kind?: "text"; number?: null; integer?: null; text: string; flag?: null }|{ kind?: "flag"; number?: null; integer?: null; text?: null; flag: boolean })
             * )} hyperfleet.v1.HyperparameterValue.$Shape
             */

            /**
             * Constructs a new HyperparameterValue.
             * @memberof hyperfleet.v1
             * @classdesc Represents a HyperparameterValue.
             * @constructor
             * @param {hyperfleet.v1.HyperparameterValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HyperparameterValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HyperparameterValue number.
             * @member {number|null|undefined} number
             * @memberof hyperfleet.v1.HyperparameterValue
             * @instance
             */
            HyperparameterValue.prototype.number = null;

            /**
             * HyperparameterValue integer.
             * @member {number|Long|null|undefined} integer
             * @memberof hyperfleet.v1.HyperparameterValue
             * @instance
             */
            HyperparameterValue.prototype.integer = null;

            /**
             * HyperparameterValue text.
             * @member {string|null|undefined} text
             * @memberof hyperfleet.v1.HyperparameterValue
             * @instance
             */
            HyperparameterValue.prototype.text = null;

            /**
             * HyperparameterValue flag.
             * @member {boolean|null|undefined} flag
             * @memberof hyperfleet.v1.HyperparameterValue
             * @instance
             */
            HyperparameterValue.prototype.flag = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HyperparameterValue kind.
             * @member {"number"|"integer"|"text"|"flag"|undefined} kind
             * @memberof hyperfleet.v1.HyperparameterValue
             * @instance
             */
            $Object.defineProperty(HyperparameterValue.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["number", "integer", "text", "flag"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HyperparameterValue instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {hyperfleet.v1.HyperparameterValue.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.HyperparameterValue} HyperparameterValue instance
             * @type {{
             *   (properties: hyperfleet.v1.HyperparameterValue.$Shape): hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape;
             *   (properties?: hyperfleet.v1.HyperparameterValue.$Properties): hyperfleet.v1.HyperparameterValue;
             * }}
             */
            HyperparameterValue.create = function(properties) {
                return new HyperparameterValue(properties);
            };

            /**
             * Encodes the specified HyperparameterValue message. Does not implicitly {@link hyperfleet.v1.HyperparameterValue.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {hyperfleet.v1.HyperparameterValue.$Properties} message HyperparameterValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HyperparameterValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.number);
                if (message.integer != null && $Object.hasOwnProperty.call(message, "integer"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.integer);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.flag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HyperparameterValue message, length delimited. Does not implicitly {@link hyperfleet.v1.HyperparameterValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {hyperfleet.v1.HyperparameterValue.$Properties} message HyperparameterValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HyperparameterValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HyperparameterValue message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape} HyperparameterValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HyperparameterValue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.HyperparameterValue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            message.number = reader.double();
                            message.kind = "number";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.integer = reader.int64();
                            message.kind = "integer";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.text = reader.stringVerify();
                            message.kind = "text";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.flag = reader.bool();
                            message.kind = "flag";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HyperparameterValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape} HyperparameterValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HyperparameterValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HyperparameterValue message.
             * @function verify
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HyperparameterValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    properties.kind = 1;
                    if (typeof message.number !== "number")
                        return "number: number expected";
                }
                if (message.integer != null && $Object.hasOwnProperty.call(message, "integer")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isInteger(message.integer) && !(message.integer && $util.isInteger(message.integer.low) && $util.isInteger(message.integer.high)))
                        return "integer: integer|Long expected";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.text))
                        return "text: string expected";
                }
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.flag !== "boolean")
                        return "flag: boolean expected";
                }
                return null;
            };

            /**
             * Creates a HyperparameterValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.HyperparameterValue} HyperparameterValue
             */
            HyperparameterValue.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.HyperparameterValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.HyperparameterValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.HyperparameterValue();
                if (object.number != null)
                    message.number = $Number(object.number);
                if (object.integer != null)
                    if ($util.Long)
                        message.integer = $util.Long.fromValue(object.integer, false);
                    else if (typeof object.integer === "string")
                        message.integer = $parseInt(object.integer, 10);
                    else if (typeof object.integer === "number")
                        message.integer = object.integer;
                    else if (typeof object.integer === "object")
                        message.integer = new $util.LongBits(object.integer.low >>> 0, object.integer.high >>> 0).toNumber();
                if (object.text != null)
                    message.text = $String(object.text);
                if (object.flag != null)
                    message.flag = $Boolean(object.flag);
                return message;
            };

            /**
             * Creates a plain object from a HyperparameterValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {hyperfleet.v1.HyperparameterValue} message HyperparameterValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HyperparameterValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.number != null && $Object.hasOwnProperty.call(message, "number")) {
                    object.number = options.json && !$isFinite(message.number) ? $String(message.number) : message.number;
                    if (options.oneofs)
                        object.kind = "number";
                }
                if (message.integer != null && $Object.hasOwnProperty.call(message, "integer")) {
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.integer = typeof message.integer === "number" ? $BigInt(message.integer) : $util.Long.fromBits(message.integer.low >>> 0, message.integer.high >>> 0, false).toBigInt();
                    else if (typeof message.integer === "number")
                        object.integer = options.longs === $String ? $String(message.integer) : message.integer;
                    else
                        object.integer = options.longs === $String ? $util.Long.prototype.toString.call(message.integer) : options.longs === $Number ? new $util.LongBits(message.integer.low >>> 0, message.integer.high >>> 0).toNumber() : message.integer;
                    if (options.oneofs)
                        object.kind = "integer";
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text")) {
                    object.text = message.text;
                    if (options.oneofs)
                        object.kind = "text";
                }
                if (message.flag != null && $Object.hasOwnProperty.call(message, "flag")) {
                    object.flag = message.flag;
                    if (options.oneofs)
                        object.kind = "flag";
                }
                return object;
            };

            /**
             * Converts this HyperparameterValue to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.HyperparameterValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HyperparameterValue.prototype.toJSON = function() {
                return HyperparameterValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HyperparameterValue
             * @function getTypeUrl
             * @memberof hyperfleet.v1.HyperparameterValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HyperparameterValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.HyperparameterValue";
            };

            return HyperparameterValue;
        })();

        v1.ResourceRequest = (function() {

            /**
             * Properties of a ResourceRequest.
             * @typedef {Object} hyperfleet.v1.ResourceRequest.$Properties
             * @property {number|null} [cpus] ResourceRequest cpus
             * @property {number|Long|null} [memoryMib] ResourceRequest memoryMib
             * @property {number|null} [gpus] ResourceRequest gpus
             * @property {string|null} [gpuModel] ResourceRequest gpuModel
             * @property {Object.<string,string>|null} [labels] ResourceRequest labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResourceRequest.
             * @memberof hyperfleet.v1
             * @interface IResourceRequest
             * @augments hyperfleet.v1.ResourceRequest.$Properties
             * @deprecated Use hyperfleet.v1.ResourceRequest.$Properties instead.
             */

            /**
             * Shape of a ResourceRequest.
             * @typedef {hyperfleet.v1.ResourceRequest.$Properties} hyperfleet.v1.ResourceRequest.$Shape
             */

            /**
             * Constructs a new ResourceRequest.
             * @memberof hyperfleet.v1
             * @classdesc Represents a ResourceRequest.
             * @constructor
             * @param {hyperfleet.v1.ResourceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResourceRequest = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResourceRequest cpus.
             * @member {number} cpus
             * @memberof hyperfleet.v1.ResourceRequest
             * @instance
             */
            ResourceRequest.prototype.cpus = 0;

            /**
             * ResourceRequest memoryMib.
             * @member {number|Long} memoryMib
             * @memberof hyperfleet.v1.ResourceRequest
             * @instance
             */
            ResourceRequest.prototype.memoryMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResourceRequest gpus.
             * @member {number} gpus
             * @memberof hyperfleet.v1.ResourceRequest
             * @instance
             */
            ResourceRequest.prototype.gpus = 0;

            /**
             * ResourceRequest gpuModel.
             * @member {string} gpuModel
             * @memberof hyperfleet.v1.ResourceRequest
             * @instance
             */
            ResourceRequest.prototype.gpuModel = "";

            /**
             * ResourceRequest labels.
             * @member {Object.<string,string>} labels
             * @memberof hyperfleet.v1.ResourceRequest
             * @instance
             */
            ResourceRequest.prototype.labels = $util.emptyObject;

            /**
             * Creates a new ResourceRequest instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {hyperfleet.v1.ResourceRequest.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.ResourceRequest} ResourceRequest instance
             * @type {{
             *   (properties: hyperfleet.v1.ResourceRequest.$Shape): hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape;
             *   (properties?: hyperfleet.v1.ResourceRequest.$Properties): hyperfleet.v1.ResourceRequest;
             * }}
             */
            ResourceRequest.create = function(properties) {
                return new ResourceRequest(properties);
            };

            /**
             * Encodes the specified ResourceRequest message. Does not implicitly {@link hyperfleet.v1.ResourceRequest.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {hyperfleet.v1.ResourceRequest.$Properties} message ResourceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus") && !$Object.is(message.cpus, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.cpus);
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib") && (typeof message.memoryMib === "object" ? message.memoryMib.low || message.memoryMib.high : message.memoryMib !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryMib);
                if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus") && message.gpus !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.gpus);
                if (message.gpuModel != null && $Object.hasOwnProperty.call(message, "gpuModel") && message.gpuModel !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.gpuModel);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ResourceRequest message, length delimited. Does not implicitly {@link hyperfleet.v1.ResourceRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {hyperfleet.v1.ResourceRequest.$Properties} message ResourceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResourceRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ResourceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape} ResourceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.ResourceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpus = value;
                            else
                                delete message.cpus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMib = value;
                            else
                                delete message.memoryMib;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gpus = value;
                            else
                                delete message.gpus;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gpuModel = value;
                            else
                                delete message.gpuModel;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ResourceRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape} ResourceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResourceRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ResourceRequest message.
             * @function verify
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResourceRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus"))
                    if (typeof message.cpus !== "number")
                        return "cpus: number expected";
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
                    if (!$util.isInteger(message.memoryMib) && !(message.memoryMib && $util.isInteger(message.memoryMib.low) && $util.isInteger(message.memoryMib.high)))
                        return "memoryMib: integer|Long expected";
                if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus"))
                    if (!$util.isInteger(message.gpus))
                        return "gpus: integer expected";
                if (message.gpuModel != null && $Object.hasOwnProperty.call(message, "gpuModel"))
                    if (!$util.isString(message.gpuModel))
                        return "gpuModel: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = $Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a ResourceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.ResourceRequest} ResourceRequest
             */
            ResourceRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.ResourceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.ResourceRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.ResourceRequest();
                if (object.cpus != null)
                    if (!$Object.is($Number(object.cpus), 0))
                        message.cpus = $Number(object.cpus);
                if (object.memoryMib != null)
                    if (typeof object.memoryMib === "object" ? object.memoryMib.low || object.memoryMib.high : $Number(object.memoryMib) !== 0)
                        if ($util.Long)
                            message.memoryMib = $util.Long.fromValue(object.memoryMib, true);
                        else if (typeof object.memoryMib === "string")
                            message.memoryMib = $parseInt(object.memoryMib, 10);
                        else if (typeof object.memoryMib === "number")
                            message.memoryMib = object.memoryMib;
                        else if (typeof object.memoryMib === "object")
                            message.memoryMib = new $util.LongBits(object.memoryMib.low >>> 0, object.memoryMib.high >>> 0).toNumber(true);
                if (object.gpus != null)
                    if ($Number(object.gpus) !== 0)
                        message.gpus = object.gpus >>> 0;
                if (object.gpuModel != null)
                    if (typeof object.gpuModel !== "string" || object.gpuModel.length)
                        message.gpuModel = $String(object.gpuModel);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".hyperfleet.v1.ResourceRequest.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ResourceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {hyperfleet.v1.ResourceRequest} message ResourceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResourceRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.cpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.gpus = 0;
                    object.gpuModel = "";
                }
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus"))
                    object.cpus = options.json && !$isFinite(message.cpus) ? $String(message.cpus) : message.cpus;
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryMib = typeof message.memoryMib === "number" ? $BigInt(message.memoryMib) : $util.Long.fromBits(message.memoryMib.low >>> 0, message.memoryMib.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryMib === "number")
                        object.memoryMib = options.longs === $String ? $String(message.memoryMib) : message.memoryMib;
                    else
                        object.memoryMib = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMib) : options.longs === $Number ? new $util.LongBits(message.memoryMib.low >>> 0, message.memoryMib.high >>> 0).toNumber(true) : message.memoryMib;
                if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus"))
                    object.gpus = message.gpus;
                if (message.gpuModel != null && $Object.hasOwnProperty.call(message, "gpuModel"))
                    object.gpuModel = message.gpuModel;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ResourceRequest to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.ResourceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResourceRequest.prototype.toJSON = function() {
                return ResourceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResourceRequest
             * @function getTypeUrl
             * @memberof hyperfleet.v1.ResourceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResourceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.ResourceRequest";
            };

            return ResourceRequest;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} hyperfleet.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {boolean|null} [retryable] Error retryable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof hyperfleet.v1
             * @interface IError
             * @augments hyperfleet.v1.Error.$Properties
             * @deprecated Use hyperfleet.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {hyperfleet.v1.Error.$Properties} hyperfleet.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof hyperfleet.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {hyperfleet.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof hyperfleet.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof hyperfleet.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryable.
             * @member {boolean} retryable
             * @memberof hyperfleet.v1.Error
             * @instance
             */
            Error.prototype.retryable = false;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {hyperfleet.v1.Error.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Error} Error instance
             * @type {{
             *   (properties: hyperfleet.v1.Error.$Shape): hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape;
             *   (properties?: hyperfleet.v1.Error.$Properties): hyperfleet.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link hyperfleet.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {hyperfleet.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retryable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link hyperfleet.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {hyperfleet.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {hyperfleet.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.retryable = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Error";
            };

            return Error;
        })();

        v1.Control = (function() {

            /**
             * Properties of a Control.
             * @typedef {Object} hyperfleet.v1.Control.$Properties
             * @property {hyperfleet.v1.Control.StopTrial.$Properties|null} [stopTrial] Control stopTrial
             * @property {hyperfleet.v1.Control.Drain.$Properties|null} [drain] Control drain
             * @property {hyperfleet.v1.Control.DropArtifacts.$Properties|null} [dropArtifacts] Control dropArtifacts
             * @property {"stopTrial"|"drain"|"dropArtifacts"} [command] Control command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Control.
             * @memberof hyperfleet.v1
             * @interface IControl
             * @augments hyperfleet.v1.Control.$Properties
             * @deprecated Use hyperfleet.v1.Control.$Properties instead.
             */

            /**
             * Narrowed shape of a Control.
             * @typedef {{
             *   stopTrial?: hyperfleet.v1.Control.StopTrial.$Shape|null;
             *   drain?: hyperfleet.v1.Control.Drain.$Shape|null;
             *   dropArtifacts?: hyperfleet.v1.Control.DropArtifacts.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; stopTrial?: null; drain?: null; dropArtifacts?: null }|{ command?: "stopTrial"; stopTrial: hyperfleet.v1.Control.StopTrial.$Shape; drain?: null; dropArtifacts?: null }|{ command?: "drain"; stopTrial?: null; drain: hyperfleet.v1.Control.Drain.$Shape; dropArtifacts?: null }|{ command?: "dropArtifacts"; stopTrial?: null; drain?: null; dropArtifacts: hyperfleet.v1.Control.DropArtifacts.$Shape })
             * )} hyperfleet.v1.Control.$Shape
             */

            /**
             * Constructs a new Control.
             * @memberof hyperfleet.v1
             * @classdesc Represents a Control.
             * @constructor
             * @param {hyperfleet.v1.Control.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Control = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Control stopTrial.
             * @member {hyperfleet.v1.Control.StopTrial.$Properties|null|undefined} stopTrial
             * @memberof hyperfleet.v1.Control
             * @instance
             */
            Control.prototype.stopTrial = null;

            /**
             * Control drain.
             * @member {hyperfleet.v1.Control.Drain.$Properties|null|undefined} drain
             * @memberof hyperfleet.v1.Control
             * @instance
             */
            Control.prototype.drain = null;

            /**
             * Control dropArtifacts.
             * @member {hyperfleet.v1.Control.DropArtifacts.$Properties|null|undefined} dropArtifacts
             * @memberof hyperfleet.v1.Control
             * @instance
             */
            Control.prototype.dropArtifacts = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Control command.
             * @member {"stopTrial"|"drain"|"dropArtifacts"|undefined} command
             * @memberof hyperfleet.v1.Control
             * @instance
             */
            $Object.defineProperty(Control.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["stopTrial", "drain", "dropArtifacts"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Control instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {hyperfleet.v1.Control.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Control} Control instance
             * @type {{
             *   (properties: hyperfleet.v1.Control.$Shape): hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape;
             *   (properties?: hyperfleet.v1.Control.$Properties): hyperfleet.v1.Control;
             * }}
             */
            Control.create = function(properties) {
                return new Control(properties);
            };

            /**
             * Encodes the specified Control message. Does not implicitly {@link hyperfleet.v1.Control.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {hyperfleet.v1.Control.$Properties} message Control message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Control.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stopTrial != null && $Object.hasOwnProperty.call(message, "stopTrial"))
                    $root.hyperfleet.v1.Control.StopTrial.encode(message.stopTrial, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain"))
                    $root.hyperfleet.v1.Control.Drain.encode(message.drain, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.dropArtifacts != null && $Object.hasOwnProperty.call(message, "dropArtifacts"))
                    $root.hyperfleet.v1.Control.DropArtifacts.encode(message.dropArtifacts, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Control message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {hyperfleet.v1.Control.$Properties} message Control message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Control.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Control message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape} Control
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Control.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Control();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.stopTrial = $root.hyperfleet.v1.Control.StopTrial.decode(reader, reader.size(), $undefined, _depth + 1, message.stopTrial);
                            message.command = "stopTrial";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.drain = $root.hyperfleet.v1.Control.Drain.decode(reader, reader.size(), $undefined, _depth + 1, message.drain);
                            message.command = "drain";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.dropArtifacts = $root.hyperfleet.v1.Control.DropArtifacts.decode(reader, reader.size(), $undefined, _depth + 1, message.dropArtifacts);
                            message.command = "dropArtifacts";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Control message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape} Control
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Control.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Control message.
             * @function verify
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Control.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.stopTrial != null && $Object.hasOwnProperty.call(message, "stopTrial")) {
                    properties.command = 1;
                    {
                        let error = $root.hyperfleet.v1.Control.StopTrial.verify(message.stopTrial, _depth + 1);
                        if (error)
                            return "stopTrial." + error;
                    }
                }
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        let error = $root.hyperfleet.v1.Control.Drain.verify(message.drain, _depth + 1);
                        if (error)
                            return "drain." + error;
                    }
                }
                if (message.dropArtifacts != null && $Object.hasOwnProperty.call(message, "dropArtifacts")) {
                    if (properties.command === 1)
                        return "command: multiple values";
                    properties.command = 1;
                    {
                        let error = $root.hyperfleet.v1.Control.DropArtifacts.verify(message.dropArtifacts, _depth + 1);
                        if (error)
                            return "dropArtifacts." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Control message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Control} Control
             */
            Control.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Control)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Control: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Control();
                if (object.stopTrial != null) {
                    if (!$util.isObject(object.stopTrial))
                        throw $TypeError(".hyperfleet.v1.Control.stopTrial: object expected");
                    message.stopTrial = $root.hyperfleet.v1.Control.StopTrial.fromObject(object.stopTrial, _depth + 1);
                }
                if (object.drain != null) {
                    if (!$util.isObject(object.drain))
                        throw $TypeError(".hyperfleet.v1.Control.drain: object expected");
                    message.drain = $root.hyperfleet.v1.Control.Drain.fromObject(object.drain, _depth + 1);
                }
                if (object.dropArtifacts != null) {
                    if (!$util.isObject(object.dropArtifacts))
                        throw $TypeError(".hyperfleet.v1.Control.dropArtifacts: object expected");
                    message.dropArtifacts = $root.hyperfleet.v1.Control.DropArtifacts.fromObject(object.dropArtifacts, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Control message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {hyperfleet.v1.Control} message Control
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Control.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.stopTrial != null && $Object.hasOwnProperty.call(message, "stopTrial")) {
                    object.stopTrial = $root.hyperfleet.v1.Control.StopTrial.toObject(message.stopTrial, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "stopTrial";
                }
                if (message.drain != null && $Object.hasOwnProperty.call(message, "drain")) {
                    object.drain = $root.hyperfleet.v1.Control.Drain.toObject(message.drain, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "drain";
                }
                if (message.dropArtifacts != null && $Object.hasOwnProperty.call(message, "dropArtifacts")) {
                    object.dropArtifacts = $root.hyperfleet.v1.Control.DropArtifacts.toObject(message.dropArtifacts, options, _depth + 1);
                    if (options.oneofs)
                        object.command = "dropArtifacts";
                }
                return object;
            };

            /**
             * Converts this Control to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Control
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Control.prototype.toJSON = function() {
                return Control.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Control
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Control
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Control.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Control";
            };

            Control.StopTrial = (function() {

                /**
                 * Properties of a StopTrial.
                 * @typedef {Object} hyperfleet.v1.Control.StopTrial.$Properties
                 * @property {string|null} [jobId] StopTrial jobId
                 * @property {number|Long|null} [trialId] StopTrial trialId
                 * @property {number|null} [attempt] StopTrial attempt
                 * @property {string|null} [reason] StopTrial reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StopTrial.
                 * @memberof hyperfleet.v1.Control
                 * @interface IStopTrial
                 * @augments hyperfleet.v1.Control.StopTrial.$Properties
                 * @deprecated Use hyperfleet.v1.Control.StopTrial.$Properties instead.
                 */

                /**
                 * Shape of a StopTrial.
                 * @typedef {hyperfleet.v1.Control.StopTrial.$Properties} hyperfleet.v1.Control.StopTrial.$Shape
                 */

                /**
                 * Constructs a new StopTrial.
                 * @memberof hyperfleet.v1.Control
                 * @classdesc Represents a StopTrial.
                 * @constructor
                 * @param {hyperfleet.v1.Control.StopTrial.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StopTrial = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StopTrial jobId.
                 * @member {string} jobId
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @instance
                 */
                StopTrial.prototype.jobId = "";

                /**
                 * StopTrial trialId.
                 * @member {number|Long} trialId
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @instance
                 */
                StopTrial.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StopTrial attempt.
                 * @member {number} attempt
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @instance
                 */
                StopTrial.prototype.attempt = 0;

                /**
                 * StopTrial reason.
                 * @member {string} reason
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @instance
                 */
                StopTrial.prototype.reason = "";

                /**
                 * Creates a new StopTrial instance using the specified properties.
                 * @function create
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {hyperfleet.v1.Control.StopTrial.$Properties=} [properties] Properties to set
                 * @returns {hyperfleet.v1.Control.StopTrial} StopTrial instance
                 * @type {{
                 *   (properties: hyperfleet.v1.Control.StopTrial.$Shape): hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape;
                 *   (properties?: hyperfleet.v1.Control.StopTrial.$Properties): hyperfleet.v1.Control.StopTrial;
                 * }}
                 */
                StopTrial.create = function(properties) {
                    return new StopTrial(properties);
                };

                /**
                 * Encodes the specified StopTrial message. Does not implicitly {@link hyperfleet.v1.Control.StopTrial.verify|verify} messages.
                 * @function encode
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {hyperfleet.v1.Control.StopTrial.$Properties} message StopTrial message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopTrial.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                    if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StopTrial message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.StopTrial.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {hyperfleet.v1.Control.StopTrial.$Properties} message StopTrial message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopTrial.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StopTrial message from the specified reader or buffer.
                 * @function decode
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape} StopTrial
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopTrial.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hyperfleet.v1.Control.StopTrial();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.trialId = value;
                                else
                                    delete message.trialId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a StopTrial message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape} StopTrial
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopTrial.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StopTrial message.
                 * @function verify
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StopTrial.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (!$util.isString(message.jobId))
                            return "jobId: string expected";
                    if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                        if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                            return "trialId: integer|Long expected";
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        if (!$util.isInteger(message.attempt))
                            return "attempt: integer expected";
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        if (!$util.isString(message.reason))
                            return "reason: string expected";
                    return null;
                };

                /**
                 * Creates a StopTrial message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hyperfleet.v1.Control.StopTrial} StopTrial
                 */
                StopTrial.fromObject = function (object, _depth) {
                    if (object instanceof $root.hyperfleet.v1.Control.StopTrial)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hyperfleet.v1.Control.StopTrial: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.hyperfleet.v1.Control.StopTrial();
                    if (object.jobId != null)
                        if (typeof object.jobId !== "string" || object.jobId.length)
                            message.jobId = $String(object.jobId);
                    if (object.trialId != null)
                        if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                            if ($util.Long)
                                message.trialId = $util.Long.fromValue(object.trialId, true);
                            else if (typeof object.trialId === "string")
                                message.trialId = $parseInt(object.trialId, 10);
                            else if (typeof object.trialId === "number")
                                message.trialId = object.trialId;
                            else if (typeof object.trialId === "object")
                                message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                    if (object.attempt != null)
                        if ($Number(object.attempt) !== 0)
                            message.attempt = object.attempt >>> 0;
                    if (object.reason != null)
                        if (typeof object.reason !== "string" || object.reason.length)
                            message.reason = $String(object.reason);
                    return message;
                };

                /**
                 * Creates a plain object from a StopTrial message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {hyperfleet.v1.Control.StopTrial} message StopTrial
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StopTrial.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.jobId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.attempt = 0;
                        object.reason = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        object.jobId = message.jobId;
                    if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                        else if (typeof message.trialId === "number")
                            object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                        else
                            object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        object.attempt = message.attempt;
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                        object.reason = message.reason;
                    return object;
                };

                /**
                 * Converts this StopTrial to JSON.
                 * @function toJSON
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StopTrial.prototype.toJSON = function() {
                    return StopTrial.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StopTrial
                 * @function getTypeUrl
                 * @memberof hyperfleet.v1.Control.StopTrial
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StopTrial.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hyperfleet.v1.Control.StopTrial";
                };

                return StopTrial;
            })();

            Control.Drain = (function() {

                /**
                 * Properties of a Drain.
                 * @typedef {Object} hyperfleet.v1.Control.Drain.$Properties
                 * @property {number|null} [graceSeconds] Drain graceSeconds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Drain.
                 * @memberof hyperfleet.v1.Control
                 * @interface IDrain
                 * @augments hyperfleet.v1.Control.Drain.$Properties
                 * @deprecated Use hyperfleet.v1.Control.Drain.$Properties instead.
                 */

                /**
                 * Shape of a Drain.
                 * @typedef {hyperfleet.v1.Control.Drain.$Properties} hyperfleet.v1.Control.Drain.$Shape
                 */

                /**
                 * Constructs a new Drain.
                 * @memberof hyperfleet.v1.Control
                 * @classdesc Represents a Drain.
                 * @constructor
                 * @param {hyperfleet.v1.Control.Drain.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Drain = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Drain graceSeconds.
                 * @member {number} graceSeconds
                 * @memberof hyperfleet.v1.Control.Drain
                 * @instance
                 */
                Drain.prototype.graceSeconds = 0;

                /**
                 * Creates a new Drain instance using the specified properties.
                 * @function create
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {hyperfleet.v1.Control.Drain.$Properties=} [properties] Properties to set
                 * @returns {hyperfleet.v1.Control.Drain} Drain instance
                 * @type {{
                 *   (properties: hyperfleet.v1.Control.Drain.$Shape): hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape;
                 *   (properties?: hyperfleet.v1.Control.Drain.$Properties): hyperfleet.v1.Control.Drain;
                 * }}
                 */
                Drain.create = function(properties) {
                    return new Drain(properties);
                };

                /**
                 * Encodes the specified Drain message. Does not implicitly {@link hyperfleet.v1.Control.Drain.verify|verify} messages.
                 * @function encode
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {hyperfleet.v1.Control.Drain.$Properties} message Drain message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Drain.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.graceSeconds != null && $Object.hasOwnProperty.call(message, "graceSeconds") && message.graceSeconds !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.graceSeconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Drain message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.Drain.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {hyperfleet.v1.Control.Drain.$Properties} message Drain message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Drain.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Drain message from the specified reader or buffer.
                 * @function decode
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape} Drain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Drain.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hyperfleet.v1.Control.Drain();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.graceSeconds = value;
                                else
                                    delete message.graceSeconds;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a Drain message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape} Drain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Drain.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Drain message.
                 * @function verify
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Drain.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.graceSeconds != null && $Object.hasOwnProperty.call(message, "graceSeconds"))
                        if (!$util.isInteger(message.graceSeconds))
                            return "graceSeconds: integer expected";
                    return null;
                };

                /**
                 * Creates a Drain message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hyperfleet.v1.Control.Drain} Drain
                 */
                Drain.fromObject = function (object, _depth) {
                    if (object instanceof $root.hyperfleet.v1.Control.Drain)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hyperfleet.v1.Control.Drain: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.hyperfleet.v1.Control.Drain();
                    if (object.graceSeconds != null)
                        if ($Number(object.graceSeconds) !== 0)
                            message.graceSeconds = object.graceSeconds >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a Drain message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {hyperfleet.v1.Control.Drain} message Drain
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Drain.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.graceSeconds = 0;
                    if (message.graceSeconds != null && $Object.hasOwnProperty.call(message, "graceSeconds"))
                        object.graceSeconds = message.graceSeconds;
                    return object;
                };

                /**
                 * Converts this Drain to JSON.
                 * @function toJSON
                 * @memberof hyperfleet.v1.Control.Drain
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Drain.prototype.toJSON = function() {
                    return Drain.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Drain
                 * @function getTypeUrl
                 * @memberof hyperfleet.v1.Control.Drain
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Drain.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hyperfleet.v1.Control.Drain";
                };

                return Drain;
            })();

            Control.DropArtifacts = (function() {

                /**
                 * Properties of a DropArtifacts.
                 * @typedef {Object} hyperfleet.v1.Control.DropArtifacts.$Properties
                 * @property {string|null} [jobId] DropArtifacts jobId
                 * @property {number|Long|null} [trialId] DropArtifacts trialId
                 * @property {number|null} [attempt] DropArtifacts attempt
                 * @property {string|null} [path] DropArtifacts path
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DropArtifacts.
                 * @memberof hyperfleet.v1.Control
                 * @interface IDropArtifacts
                 * @augments hyperfleet.v1.Control.DropArtifacts.$Properties
                 * @deprecated Use hyperfleet.v1.Control.DropArtifacts.$Properties instead.
                 */

                /**
                 * Shape of a DropArtifacts.
                 * @typedef {hyperfleet.v1.Control.DropArtifacts.$Properties} hyperfleet.v1.Control.DropArtifacts.$Shape
                 */

                /**
                 * Constructs a new DropArtifacts.
                 * @memberof hyperfleet.v1.Control
                 * @classdesc Represents a DropArtifacts.
                 * @constructor
                 * @param {hyperfleet.v1.Control.DropArtifacts.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DropArtifacts = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DropArtifacts jobId.
                 * @member {string} jobId
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @instance
                 */
                DropArtifacts.prototype.jobId = "";

                /**
                 * DropArtifacts trialId.
                 * @member {number|Long} trialId
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @instance
                 */
                DropArtifacts.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DropArtifacts attempt.
                 * @member {number} attempt
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @instance
                 */
                DropArtifacts.prototype.attempt = 0;

                /**
                 * DropArtifacts path.
                 * @member {string} path
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @instance
                 */
                DropArtifacts.prototype.path = "";

                /**
                 * Creates a new DropArtifacts instance using the specified properties.
                 * @function create
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {hyperfleet.v1.Control.DropArtifacts.$Properties=} [properties] Properties to set
                 * @returns {hyperfleet.v1.Control.DropArtifacts} DropArtifacts instance
                 * @type {{
                 *   (properties: hyperfleet.v1.Control.DropArtifacts.$Shape): hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape;
                 *   (properties?: hyperfleet.v1.Control.DropArtifacts.$Properties): hyperfleet.v1.Control.DropArtifacts;
                 * }}
                 */
                DropArtifacts.create = function(properties) {
                    return new DropArtifacts(properties);
                };

                /**
                 * Encodes the specified DropArtifacts message. Does not implicitly {@link hyperfleet.v1.Control.DropArtifacts.verify|verify} messages.
                 * @function encode
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {hyperfleet.v1.Control.DropArtifacts.$Properties} message DropArtifacts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DropArtifacts.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                    if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.path);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DropArtifacts message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.DropArtifacts.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {hyperfleet.v1.Control.DropArtifacts.$Properties} message DropArtifacts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DropArtifacts.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DropArtifacts message from the specified reader or buffer.
                 * @function decode
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape} DropArtifacts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DropArtifacts.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hyperfleet.v1.Control.DropArtifacts();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jobId = value;
                                else
                                    delete message.jobId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.trialId = value;
                                else
                                    delete message.trialId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.attempt = value;
                                else
                                    delete message.attempt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.path = value;
                                else
                                    delete message.path;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a DropArtifacts message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape} DropArtifacts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DropArtifacts.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DropArtifacts message.
                 * @function verify
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DropArtifacts.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        if (!$util.isString(message.jobId))
                            return "jobId: string expected";
                    if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                        if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                            return "trialId: integer|Long expected";
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        if (!$util.isInteger(message.attempt))
                            return "attempt: integer expected";
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        if (!$util.isString(message.path))
                            return "path: string expected";
                    return null;
                };

                /**
                 * Creates a DropArtifacts message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hyperfleet.v1.Control.DropArtifacts} DropArtifacts
                 */
                DropArtifacts.fromObject = function (object, _depth) {
                    if (object instanceof $root.hyperfleet.v1.Control.DropArtifacts)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hyperfleet.v1.Control.DropArtifacts: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.hyperfleet.v1.Control.DropArtifacts();
                    if (object.jobId != null)
                        if (typeof object.jobId !== "string" || object.jobId.length)
                            message.jobId = $String(object.jobId);
                    if (object.trialId != null)
                        if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                            if ($util.Long)
                                message.trialId = $util.Long.fromValue(object.trialId, true);
                            else if (typeof object.trialId === "string")
                                message.trialId = $parseInt(object.trialId, 10);
                            else if (typeof object.trialId === "number")
                                message.trialId = object.trialId;
                            else if (typeof object.trialId === "object")
                                message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                    if (object.attempt != null)
                        if ($Number(object.attempt) !== 0)
                            message.attempt = object.attempt >>> 0;
                    if (object.path != null)
                        if (typeof object.path !== "string" || object.path.length)
                            message.path = $String(object.path);
                    return message;
                };

                /**
                 * Creates a plain object from a DropArtifacts message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {hyperfleet.v1.Control.DropArtifacts} message DropArtifacts
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DropArtifacts.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.jobId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.attempt = 0;
                        object.path = "";
                    }
                    if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                        object.jobId = message.jobId;
                    if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                        else if (typeof message.trialId === "number")
                            object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                        else
                            object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                    if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                        object.attempt = message.attempt;
                    if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                        object.path = message.path;
                    return object;
                };

                /**
                 * Converts this DropArtifacts to JSON.
                 * @function toJSON
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DropArtifacts.prototype.toJSON = function() {
                    return DropArtifacts.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DropArtifacts
                 * @function getTypeUrl
                 * @memberof hyperfleet.v1.Control.DropArtifacts
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DropArtifacts.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hyperfleet.v1.Control.DropArtifacts";
                };

                return DropArtifacts;
            })();

            return Control;
        })();

        v1.Claim = (function() {

            /**
             * Properties of a Claim.
             * @typedef {Object} hyperfleet.v1.Claim.$Properties
             * @property {string|null} [jobId] Claim jobId
             * @property {number|Long|null} [trialId] Claim trialId
             * @property {number|null} [attempt] Claim attempt
             * @property {string|null} [workerId] Claim workerId
             * @property {number|Long|null} [claimedUnixMs] Claim claimedUnixMs
             * @property {number|null} [delivery] Claim delivery
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Claim.
             * @memberof hyperfleet.v1
             * @interface IClaim
             * @augments hyperfleet.v1.Claim.$Properties
             * @deprecated Use hyperfleet.v1.Claim.$Properties instead.
             */

            /**
             * Shape of a Claim.
             * @typedef {hyperfleet.v1.Claim.$Properties} hyperfleet.v1.Claim.$Shape
             */

            /**
             * Constructs a new Claim.
             * @memberof hyperfleet.v1
             * @classdesc Represents a Claim.
             * @constructor
             * @param {hyperfleet.v1.Claim.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Claim = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Claim jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.Claim
             * @instance
             */
            Claim.prototype.jobId = "";

            /**
             * Claim trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.Claim
             * @instance
             */
            Claim.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Claim attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.Claim
             * @instance
             */
            Claim.prototype.attempt = 0;

            /**
             * Claim workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.Claim
             * @instance
             */
            Claim.prototype.workerId = "";

            /**
             * Claim claimedUnixMs.
             * @member {number|Long} claimedUnixMs
             * @memberof hyperfleet.v1.Claim
             * @instance
             */
            Claim.prototype.claimedUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Claim delivery.
             * @member {number} delivery
             * @memberof hyperfleet.v1.Claim
             * @instance
             */
            Claim.prototype.delivery = 0;

            /**
             * Creates a new Claim instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {hyperfleet.v1.Claim.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Claim} Claim instance
             * @type {{
             *   (properties: hyperfleet.v1.Claim.$Shape): hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape;
             *   (properties?: hyperfleet.v1.Claim.$Properties): hyperfleet.v1.Claim;
             * }}
             */
            Claim.create = function(properties) {
                return new Claim(properties);
            };

            /**
             * Encodes the specified Claim message. Does not implicitly {@link hyperfleet.v1.Claim.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {hyperfleet.v1.Claim.$Properties} message Claim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Claim.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerId);
                if (message.claimedUnixMs != null && $Object.hasOwnProperty.call(message, "claimedUnixMs") && (typeof message.claimedUnixMs === "object" ? message.claimedUnixMs.low || message.claimedUnixMs.high : message.claimedUnixMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.claimedUnixMs);
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery") && message.delivery !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.delivery);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Claim message, length delimited. Does not implicitly {@link hyperfleet.v1.Claim.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {hyperfleet.v1.Claim.$Properties} message Claim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Claim.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Claim message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape} Claim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Claim.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Claim();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.claimedUnixMs = value;
                            else
                                delete message.claimedUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivery = value;
                            else
                                delete message.delivery;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Claim message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape} Claim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Claim.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Claim message.
             * @function verify
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Claim.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.claimedUnixMs != null && $Object.hasOwnProperty.call(message, "claimedUnixMs"))
                    if (!$util.isInteger(message.claimedUnixMs) && !(message.claimedUnixMs && $util.isInteger(message.claimedUnixMs.low) && $util.isInteger(message.claimedUnixMs.high)))
                        return "claimedUnixMs: integer|Long expected";
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    if (!$util.isInteger(message.delivery))
                        return "delivery: integer expected";
                return null;
            };

            /**
             * Creates a Claim message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Claim} Claim
             */
            Claim.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Claim)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Claim: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Claim();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.claimedUnixMs != null)
                    if (typeof object.claimedUnixMs === "object" ? object.claimedUnixMs.low || object.claimedUnixMs.high : $Number(object.claimedUnixMs) !== 0)
                        if ($util.Long)
                            message.claimedUnixMs = $util.Long.fromValue(object.claimedUnixMs, false);
                        else if (typeof object.claimedUnixMs === "string")
                            message.claimedUnixMs = $parseInt(object.claimedUnixMs, 10);
                        else if (typeof object.claimedUnixMs === "number")
                            message.claimedUnixMs = object.claimedUnixMs;
                        else if (typeof object.claimedUnixMs === "object")
                            message.claimedUnixMs = new $util.LongBits(object.claimedUnixMs.low >>> 0, object.claimedUnixMs.high >>> 0).toNumber();
                if (object.delivery != null)
                    if ($Number(object.delivery) !== 0)
                        message.delivery = object.delivery >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Claim message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {hyperfleet.v1.Claim} message Claim
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Claim.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.workerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.claimedUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.claimedUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.delivery = 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.claimedUnixMs != null && $Object.hasOwnProperty.call(message, "claimedUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.claimedUnixMs = typeof message.claimedUnixMs === "number" ? $BigInt(message.claimedUnixMs) : $util.Long.fromBits(message.claimedUnixMs.low >>> 0, message.claimedUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.claimedUnixMs === "number")
                        object.claimedUnixMs = options.longs === $String ? $String(message.claimedUnixMs) : message.claimedUnixMs;
                    else
                        object.claimedUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.claimedUnixMs) : options.longs === $Number ? new $util.LongBits(message.claimedUnixMs.low >>> 0, message.claimedUnixMs.high >>> 0).toNumber() : message.claimedUnixMs;
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    object.delivery = message.delivery;
                return object;
            };

            /**
             * Converts this Claim to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Claim
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Claim.prototype.toJSON = function() {
                return Claim.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Claim
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Claim
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Claim.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Claim";
            };

            return Claim;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} hyperfleet.v1.Heartbeat.$Properties
             * @property {string|null} [jobId] Heartbeat jobId
             * @property {number|Long|null} [trialId] Heartbeat trialId
             * @property {number|null} [attempt] Heartbeat attempt
             * @property {string|null} [workerId] Heartbeat workerId
             * @property {number|Long|null} [sentUnixMs] Heartbeat sentUnixMs
             * @property {number|null} [delivery] Heartbeat delivery
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof hyperfleet.v1
             * @interface IHeartbeat
             * @augments hyperfleet.v1.Heartbeat.$Properties
             * @deprecated Use hyperfleet.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {hyperfleet.v1.Heartbeat.$Properties} hyperfleet.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof hyperfleet.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {hyperfleet.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.jobId = "";

            /**
             * Heartbeat trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.attempt = 0;

            /**
             * Heartbeat workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.workerId = "";

            /**
             * Heartbeat sentUnixMs.
             * @member {number|Long} sentUnixMs
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sentUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Heartbeat delivery.
             * @member {number} delivery
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.delivery = 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {hyperfleet.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: hyperfleet.v1.Heartbeat.$Shape): hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape;
             *   (properties?: hyperfleet.v1.Heartbeat.$Properties): hyperfleet.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link hyperfleet.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {hyperfleet.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerId);
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs") && (typeof message.sentUnixMs === "object" ? message.sentUnixMs.low || message.sentUnixMs.high : message.sentUnixMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sentUnixMs);
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery") && message.delivery !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.delivery);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link hyperfleet.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {hyperfleet.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentUnixMs = value;
                            else
                                delete message.sentUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivery = value;
                            else
                                delete message.delivery;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs"))
                    if (!$util.isInteger(message.sentUnixMs) && !(message.sentUnixMs && $util.isInteger(message.sentUnixMs.low) && $util.isInteger(message.sentUnixMs.high)))
                        return "sentUnixMs: integer|Long expected";
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    if (!$util.isInteger(message.delivery))
                        return "delivery: integer expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Heartbeat();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.sentUnixMs != null)
                    if (typeof object.sentUnixMs === "object" ? object.sentUnixMs.low || object.sentUnixMs.high : $Number(object.sentUnixMs) !== 0)
                        if ($util.Long)
                            message.sentUnixMs = $util.Long.fromValue(object.sentUnixMs, false);
                        else if (typeof object.sentUnixMs === "string")
                            message.sentUnixMs = $parseInt(object.sentUnixMs, 10);
                        else if (typeof object.sentUnixMs === "number")
                            message.sentUnixMs = object.sentUnixMs;
                        else if (typeof object.sentUnixMs === "object")
                            message.sentUnixMs = new $util.LongBits(object.sentUnixMs.low >>> 0, object.sentUnixMs.high >>> 0).toNumber();
                if (object.delivery != null)
                    if ($Number(object.delivery) !== 0)
                        message.delivery = object.delivery >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {hyperfleet.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.workerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.delivery = 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentUnixMs = typeof message.sentUnixMs === "number" ? $BigInt(message.sentUnixMs) : $util.Long.fromBits(message.sentUnixMs.low >>> 0, message.sentUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentUnixMs === "number")
                        object.sentUnixMs = options.longs === $String ? $String(message.sentUnixMs) : message.sentUnixMs;
                    else
                        object.sentUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentUnixMs) : options.longs === $Number ? new $util.LongBits(message.sentUnixMs.low >>> 0, message.sentUnixMs.high >>> 0).toNumber() : message.sentUnixMs;
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    object.delivery = message.delivery;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Heartbeat";
            };

            return Heartbeat;
        })();

        v1.MetricPoint = (function() {

            /**
             * Properties of a MetricPoint.
             * @typedef {Object} hyperfleet.v1.MetricPoint.$Properties
             * @property {string|null} [name] MetricPoint name
             * @property {number|null} [value] MetricPoint value
             * @property {number|Long|null} [step] MetricPoint step
             * @property {number|Long|null} [timestampUnixMs] MetricPoint timestampUnixMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricPoint.
             * @memberof hyperfleet.v1
             * @interface IMetricPoint
             * @augments hyperfleet.v1.MetricPoint.$Properties
             * @deprecated Use hyperfleet.v1.MetricPoint.$Properties instead.
             */

            /**
             * Shape of a MetricPoint.
             * @typedef {hyperfleet.v1.MetricPoint.$Properties} hyperfleet.v1.MetricPoint.$Shape
             */

            /**
             * Constructs a new MetricPoint.
             * @memberof hyperfleet.v1
             * @classdesc Represents a MetricPoint.
             * @constructor
             * @param {hyperfleet.v1.MetricPoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetricPoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetricPoint name.
             * @member {string} name
             * @memberof hyperfleet.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.name = "";

            /**
             * MetricPoint value.
             * @member {number} value
             * @memberof hyperfleet.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.value = 0;

            /**
             * MetricPoint step.
             * @member {number|Long} step
             * @memberof hyperfleet.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.step = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MetricPoint timestampUnixMs.
             * @member {number|Long} timestampUnixMs
             * @memberof hyperfleet.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.timestampUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MetricPoint instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {hyperfleet.v1.MetricPoint.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.MetricPoint} MetricPoint instance
             * @type {{
             *   (properties: hyperfleet.v1.MetricPoint.$Shape): hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape;
             *   (properties?: hyperfleet.v1.MetricPoint.$Properties): hyperfleet.v1.MetricPoint;
             * }}
             */
            MetricPoint.create = function(properties) {
                return new MetricPoint(properties);
            };

            /**
             * Encodes the specified MetricPoint message. Does not implicitly {@link hyperfleet.v1.MetricPoint.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {hyperfleet.v1.MetricPoint.$Properties} message MetricPoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricPoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.value);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.step);
                if (message.timestampUnixMs != null && $Object.hasOwnProperty.call(message, "timestampUnixMs") && (typeof message.timestampUnixMs === "object" ? message.timestampUnixMs.low || message.timestampUnixMs.high : message.timestampUnixMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timestampUnixMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MetricPoint message, length delimited. Does not implicitly {@link hyperfleet.v1.MetricPoint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {hyperfleet.v1.MetricPoint.$Properties} message MetricPoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricPoint.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MetricPoint message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape} MetricPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricPoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.MetricPoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampUnixMs = value;
                            else
                                delete message.timestampUnixMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MetricPoint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape} MetricPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricPoint.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MetricPoint message.
             * @function verify
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricPoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step) && !(message.step && $util.isInteger(message.step.low) && $util.isInteger(message.step.high)))
                        return "step: integer|Long expected";
                if (message.timestampUnixMs != null && $Object.hasOwnProperty.call(message, "timestampUnixMs"))
                    if (!$util.isInteger(message.timestampUnixMs) && !(message.timestampUnixMs && $util.isInteger(message.timestampUnixMs.low) && $util.isInteger(message.timestampUnixMs.high)))
                        return "timestampUnixMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MetricPoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.MetricPoint} MetricPoint
             */
            MetricPoint.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.MetricPoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.MetricPoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.MetricPoint();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                if (object.step != null)
                    if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                        if ($util.Long)
                            message.step = $util.Long.fromValue(object.step, false);
                        else if (typeof object.step === "string")
                            message.step = $parseInt(object.step, 10);
                        else if (typeof object.step === "number")
                            message.step = object.step;
                        else if (typeof object.step === "object")
                            message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber();
                if (object.timestampUnixMs != null)
                    if (typeof object.timestampUnixMs === "object" ? object.timestampUnixMs.low || object.timestampUnixMs.high : $Number(object.timestampUnixMs) !== 0)
                        if ($util.Long)
                            message.timestampUnixMs = $util.Long.fromValue(object.timestampUnixMs, false);
                        else if (typeof object.timestampUnixMs === "string")
                            message.timestampUnixMs = $parseInt(object.timestampUnixMs, 10);
                        else if (typeof object.timestampUnixMs === "number")
                            message.timestampUnixMs = object.timestampUnixMs;
                        else if (typeof object.timestampUnixMs === "object")
                            message.timestampUnixMs = new $util.LongBits(object.timestampUnixMs.low >>> 0, object.timestampUnixMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a MetricPoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {hyperfleet.v1.MetricPoint} message MetricPoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricPoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.value = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestampUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, false).toBigInt();
                    else if (typeof message.step === "number")
                        object.step = options.longs === $String ? $String(message.step) : message.step;
                    else
                        object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber() : message.step;
                if (message.timestampUnixMs != null && $Object.hasOwnProperty.call(message, "timestampUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampUnixMs = typeof message.timestampUnixMs === "number" ? $BigInt(message.timestampUnixMs) : $util.Long.fromBits(message.timestampUnixMs.low >>> 0, message.timestampUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timestampUnixMs === "number")
                        object.timestampUnixMs = options.longs === $String ? $String(message.timestampUnixMs) : message.timestampUnixMs;
                    else
                        object.timestampUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampUnixMs) : options.longs === $Number ? new $util.LongBits(message.timestampUnixMs.low >>> 0, message.timestampUnixMs.high >>> 0).toNumber() : message.timestampUnixMs;
                return object;
            };

            /**
             * Converts this MetricPoint to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.MetricPoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricPoint.prototype.toJSON = function() {
                return MetricPoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MetricPoint
             * @function getTypeUrl
             * @memberof hyperfleet.v1.MetricPoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetricPoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.MetricPoint";
            };

            return MetricPoint;
        })();

        v1.MetricReport = (function() {

            /**
             * Properties of a MetricReport.
             * @typedef {Object} hyperfleet.v1.MetricReport.$Properties
             * @property {string|null} [jobId] MetricReport jobId
             * @property {number|Long|null} [trialId] MetricReport trialId
             * @property {number|null} [attempt] MetricReport attempt
             * @property {string|null} [workerId] MetricReport workerId
             * @property {Array.<hyperfleet.v1.MetricPoint.$Properties>|null} [points] MetricReport points
             * @property {number|null} [delivery] MetricReport delivery
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricReport.
             * @memberof hyperfleet.v1
             * @interface IMetricReport
             * @augments hyperfleet.v1.MetricReport.$Properties
             * @deprecated Use hyperfleet.v1.MetricReport.$Properties instead.
             */

            /**
             * Shape of a MetricReport.
             * @typedef {hyperfleet.v1.MetricReport.$Properties} hyperfleet.v1.MetricReport.$Shape
             */

            /**
             * Constructs a new MetricReport.
             * @memberof hyperfleet.v1
             * @classdesc Represents a MetricReport.
             * @constructor
             * @param {hyperfleet.v1.MetricReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetricReport = function (properties) {
                this.points = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetricReport jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             */
            MetricReport.prototype.jobId = "";

            /**
             * MetricReport trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             */
            MetricReport.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MetricReport attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             */
            MetricReport.prototype.attempt = 0;

            /**
             * MetricReport workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             */
            MetricReport.prototype.workerId = "";

            /**
             * MetricReport points.
             * @member {Array.<hyperfleet.v1.MetricPoint.$Properties>} points
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             */
            MetricReport.prototype.points = $util.emptyArray;

            /**
             * MetricReport delivery.
             * @member {number} delivery
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             */
            MetricReport.prototype.delivery = 0;

            /**
             * Creates a new MetricReport instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {hyperfleet.v1.MetricReport.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.MetricReport} MetricReport instance
             * @type {{
             *   (properties: hyperfleet.v1.MetricReport.$Shape): hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape;
             *   (properties?: hyperfleet.v1.MetricReport.$Properties): hyperfleet.v1.MetricReport;
             * }}
             */
            MetricReport.create = function(properties) {
                return new MetricReport(properties);
            };

            /**
             * Encodes the specified MetricReport message. Does not implicitly {@link hyperfleet.v1.MetricReport.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {hyperfleet.v1.MetricReport.$Properties} message MetricReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerId);
                if (message.points != null && message.points.length)
                    for (let i = 0; i < message.points.length; ++i)
                        $root.hyperfleet.v1.MetricPoint.encode(message.points[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery") && message.delivery !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.delivery);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MetricReport message, length delimited. Does not implicitly {@link hyperfleet.v1.MetricReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {hyperfleet.v1.MetricReport.$Properties} message MetricReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MetricReport message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape} MetricReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.MetricReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.points && message.points.length))
                                message.points = [];
                            message.points.push($root.hyperfleet.v1.MetricPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivery = value;
                            else
                                delete message.delivery;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MetricReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape} MetricReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MetricReport message.
             * @function verify
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.points != null && $Object.hasOwnProperty.call(message, "points")) {
                    if (!$Array.isArray(message.points))
                        return "points: array expected";
                    for (let i = 0; i < message.points.length; ++i) {
                        let error = $root.hyperfleet.v1.MetricPoint.verify(message.points[i], _depth + 1);
                        if (error)
                            return "points." + error;
                    }
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    if (!$util.isInteger(message.delivery))
                        return "delivery: integer expected";
                return null;
            };

            /**
             * Creates a MetricReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.MetricReport} MetricReport
             */
            MetricReport.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.MetricReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.MetricReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.MetricReport();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.points) {
                    if (!$Array.isArray(object.points))
                        throw $TypeError(".hyperfleet.v1.MetricReport.points: array expected");
                    message.points = $Array(object.points.length);
                    for (let i = 0; i < object.points.length; ++i) {
                        if (!$util.isObject(object.points[i]))
                            throw $TypeError(".hyperfleet.v1.MetricReport.points: object expected");
                        message.points[i] = $root.hyperfleet.v1.MetricPoint.fromObject(object.points[i], _depth + 1);
                    }
                }
                if (object.delivery != null)
                    if ($Number(object.delivery) !== 0)
                        message.delivery = object.delivery >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MetricReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {hyperfleet.v1.MetricReport} message MetricReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.points = [];
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.workerId = "";
                    object.delivery = 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.points && message.points.length) {
                    object.points = $Array(message.points.length);
                    for (let j = 0; j < message.points.length; ++j)
                        object.points[j] = $root.hyperfleet.v1.MetricPoint.toObject(message.points[j], options, _depth + 1);
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    object.delivery = message.delivery;
                return object;
            };

            /**
             * Converts this MetricReport to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.MetricReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricReport.prototype.toJSON = function() {
                return MetricReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MetricReport
             * @function getTypeUrl
             * @memberof hyperfleet.v1.MetricReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetricReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.MetricReport";
            };

            return MetricReport;
        })();

        v1.LogLines = (function() {

            /**
             * Properties of a LogLines.
             * @typedef {Object} hyperfleet.v1.LogLines.$Properties
             * @property {string|null} [jobId] LogLines jobId
             * @property {number|Long|null} [trialId] LogLines trialId
             * @property {number|null} [attempt] LogLines attempt
             * @property {string|null} [workerId] LogLines workerId
             * @property {number|null} [delivery] LogLines delivery
             * @property {Array.<string>|null} [lines] LogLines lines
             * @property {number|null} [dropped] LogLines dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogLines.
             * @memberof hyperfleet.v1
             * @interface ILogLines
             * @augments hyperfleet.v1.LogLines.$Properties
             * @deprecated Use hyperfleet.v1.LogLines.$Properties instead.
             */

            /**
             * Shape of a LogLines.
             * @typedef {hyperfleet.v1.LogLines.$Properties} hyperfleet.v1.LogLines.$Shape
             */

            /**
             * Constructs a new LogLines.
             * @memberof hyperfleet.v1
             * @classdesc Represents a LogLines.
             * @constructor
             * @param {hyperfleet.v1.LogLines.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogLines = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogLines jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.jobId = "";

            /**
             * LogLines trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogLines attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.attempt = 0;

            /**
             * LogLines workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.workerId = "";

            /**
             * LogLines delivery.
             * @member {number} delivery
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.delivery = 0;

            /**
             * LogLines lines.
             * @member {Array.<string>} lines
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.lines = $util.emptyArray;

            /**
             * LogLines dropped.
             * @member {number} dropped
             * @memberof hyperfleet.v1.LogLines
             * @instance
             */
            LogLines.prototype.dropped = 0;

            /**
             * Creates a new LogLines instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {hyperfleet.v1.LogLines.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.LogLines} LogLines instance
             * @type {{
             *   (properties: hyperfleet.v1.LogLines.$Shape): hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape;
             *   (properties?: hyperfleet.v1.LogLines.$Properties): hyperfleet.v1.LogLines;
             * }}
             */
            LogLines.create = function(properties) {
                return new LogLines(properties);
            };

            /**
             * Encodes the specified LogLines message. Does not implicitly {@link hyperfleet.v1.LogLines.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {hyperfleet.v1.LogLines.$Properties} message LogLines message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLines.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerId);
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery") && message.delivery !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.delivery);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.lines[i]);
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && message.dropped !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LogLines message, length delimited. Does not implicitly {@link hyperfleet.v1.LogLines.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {hyperfleet.v1.LogLines.$Properties} message LogLines message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLines.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LogLines message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLines.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.LogLines();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivery = value;
                            else
                                delete message.delivery;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LogLines message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLines.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LogLines message.
             * @function verify
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LogLines.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    if (!$util.isInteger(message.delivery))
                        return "delivery: integer expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                    if (!$Array.isArray(message.lines))
                        return "lines: array expected";
                    for (let i = 0; i < message.lines.length; ++i)
                        if (!$util.isString(message.lines[i]))
                            return "lines: string[] expected";
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (!$util.isInteger(message.dropped))
                        return "dropped: integer expected";
                return null;
            };

            /**
             * Creates a LogLines message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.LogLines} LogLines
             */
            LogLines.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.LogLines)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.LogLines: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.LogLines();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.delivery != null)
                    if ($Number(object.delivery) !== 0)
                        message.delivery = object.delivery >>> 0;
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".hyperfleet.v1.LogLines.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i)
                        message.lines[i] = $String(object.lines[i]);
                }
                if (object.dropped != null)
                    if ($Number(object.dropped) !== 0)
                        message.dropped = object.dropped >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a LogLines message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {hyperfleet.v1.LogLines} message LogLines
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogLines.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.workerId = "";
                    object.delivery = 0;
                    object.dropped = 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    object.delivery = message.delivery;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    object.dropped = message.dropped;
                return object;
            };

            /**
             * Converts this LogLines to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.LogLines
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogLines.prototype.toJSON = function() {
                return LogLines.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogLines
             * @function getTypeUrl
             * @memberof hyperfleet.v1.LogLines
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogLines.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.LogLines";
            };

            return LogLines;
        })();

        v1.TrialResult = (function() {

            /**
             * Properties of a TrialResult.
             * @typedef {Object} hyperfleet.v1.TrialResult.$Properties
             * @property {string|null} [jobId] TrialResult jobId
             * @property {number|Long|null} [trialId] TrialResult trialId
             * @property {number|null} [attempt] TrialResult attempt
             * @property {string|null} [workerId] TrialResult workerId
             * @property {hyperfleet.v1.TrialResult.Status|null} [status] TrialResult status
             * @property {hyperfleet.v1.Error.$Properties|null} [error] TrialResult error
             * @property {Array.<hyperfleet.v1.MetricPoint.$Properties>|null} [finalMetrics] TrialResult finalMetrics
             * @property {number|Long|null} [finishedUnixMs] TrialResult finishedUnixMs
             * @property {Array.<string>|null} [logTail] TrialResult logTail
             * @property {number|null} [delivery] TrialResult delivery
             * @property {string|null} [artifactsHost] TrialResult artifactsHost
             * @property {string|null} [artifactsPath] TrialResult artifactsPath
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrialResult.
             * @memberof hyperfleet.v1
             * @interface ITrialResult
             * @augments hyperfleet.v1.TrialResult.$Properties
             * @deprecated Use hyperfleet.v1.TrialResult.$Properties instead.
             */

            /**
             * Shape of a TrialResult.
             * @typedef {hyperfleet.v1.TrialResult.$Properties} hyperfleet.v1.TrialResult.$Shape
             */

            /**
             * Constructs a new TrialResult.
             * @memberof hyperfleet.v1
             * @classdesc Represents a TrialResult.
             * @constructor
             * @param {hyperfleet.v1.TrialResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrialResult = function (properties) {
                this.finalMetrics = [];
                this.logTail = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrialResult jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.jobId = "";

            /**
             * TrialResult trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrialResult attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.attempt = 0;

            /**
             * TrialResult workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.workerId = "";

            /**
             * TrialResult status.
             * @member {hyperfleet.v1.TrialResult.Status} status
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.status = 0;

            /**
             * TrialResult error.
             * @member {hyperfleet.v1.Error.$Properties|null|undefined} error
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.error = null;

            /**
             * TrialResult finalMetrics.
             * @member {Array.<hyperfleet.v1.MetricPoint.$Properties>} finalMetrics
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.finalMetrics = $util.emptyArray;

            /**
             * TrialResult finishedUnixMs.
             * @member {number|Long} finishedUnixMs
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.finishedUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TrialResult logTail.
             * @member {Array.<string>} logTail
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.logTail = $util.emptyArray;

            /**
             * TrialResult delivery.
             * @member {number} delivery
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.delivery = 0;

            /**
             * TrialResult artifactsHost.
             * @member {string} artifactsHost
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.artifactsHost = "";

            /**
             * TrialResult artifactsPath.
             * @member {string} artifactsPath
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             */
            TrialResult.prototype.artifactsPath = "";

            /**
             * Creates a new TrialResult instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {hyperfleet.v1.TrialResult.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.TrialResult} TrialResult instance
             * @type {{
             *   (properties: hyperfleet.v1.TrialResult.$Shape): hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape;
             *   (properties?: hyperfleet.v1.TrialResult.$Properties): hyperfleet.v1.TrialResult;
             * }}
             */
            TrialResult.create = function(properties) {
                return new TrialResult(properties);
            };

            /**
             * Encodes the specified TrialResult message. Does not implicitly {@link hyperfleet.v1.TrialResult.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {hyperfleet.v1.TrialResult.$Properties} message TrialResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.hyperfleet.v1.Error.encode(message.error, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.finalMetrics != null && message.finalMetrics.length)
                    for (let i = 0; i < message.finalMetrics.length; ++i)
                        $root.hyperfleet.v1.MetricPoint.encode(message.finalMetrics[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.finishedUnixMs != null && $Object.hasOwnProperty.call(message, "finishedUnixMs") && (typeof message.finishedUnixMs === "object" ? message.finishedUnixMs.low || message.finishedUnixMs.high : message.finishedUnixMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.finishedUnixMs);
                if (message.logTail != null && message.logTail.length)
                    for (let i = 0; i < message.logTail.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.logTail[i]);
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery") && message.delivery !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.delivery);
                if (message.artifactsHost != null && $Object.hasOwnProperty.call(message, "artifactsHost") && message.artifactsHost !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.artifactsHost);
                if (message.artifactsPath != null && $Object.hasOwnProperty.call(message, "artifactsPath") && message.artifactsPath !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.artifactsPath);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TrialResult message, length delimited. Does not implicitly {@link hyperfleet.v1.TrialResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {hyperfleet.v1.TrialResult.$Properties} message TrialResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TrialResult message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape} TrialResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.TrialResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.hyperfleet.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.finalMetrics && message.finalMetrics.length))
                                message.finalMetrics = [];
                            message.finalMetrics.push($root.hyperfleet.v1.MetricPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.finishedUnixMs = value;
                            else
                                delete message.finishedUnixMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.logTail && message.logTail.length))
                                message.logTail = [];
                            message.logTail.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivery = value;
                            else
                                delete message.delivery;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.artifactsHost = value;
                            else
                                delete message.artifactsHost;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.artifactsPath = value;
                            else
                                delete message.artifactsPath;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TrialResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape} TrialResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TrialResult message.
             * @function verify
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrialResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.hyperfleet.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.finalMetrics != null && $Object.hasOwnProperty.call(message, "finalMetrics")) {
                    if (!$Array.isArray(message.finalMetrics))
                        return "finalMetrics: array expected";
                    for (let i = 0; i < message.finalMetrics.length; ++i) {
                        let error = $root.hyperfleet.v1.MetricPoint.verify(message.finalMetrics[i], _depth + 1);
                        if (error)
                            return "finalMetrics." + error;
                    }
                }
                if (message.finishedUnixMs != null && $Object.hasOwnProperty.call(message, "finishedUnixMs"))
                    if (!$util.isInteger(message.finishedUnixMs) && !(message.finishedUnixMs && $util.isInteger(message.finishedUnixMs.low) && $util.isInteger(message.finishedUnixMs.high)))
                        return "finishedUnixMs: integer|Long expected";
                if (message.logTail != null && $Object.hasOwnProperty.call(message, "logTail")) {
                    if (!$Array.isArray(message.logTail))
                        return "logTail: array expected";
                    for (let i = 0; i < message.logTail.length; ++i)
                        if (!$util.isString(message.logTail[i]))
                            return "logTail: string[] expected";
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    if (!$util.isInteger(message.delivery))
                        return "delivery: integer expected";
                if (message.artifactsHost != null && $Object.hasOwnProperty.call(message, "artifactsHost"))
                    if (!$util.isString(message.artifactsHost))
                        return "artifactsHost: string expected";
                if (message.artifactsPath != null && $Object.hasOwnProperty.call(message, "artifactsPath"))
                    if (!$util.isString(message.artifactsPath))
                        return "artifactsPath: string expected";
                return null;
            };

            /**
             * Creates a TrialResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.TrialResult} TrialResult
             */
            TrialResult.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.TrialResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.TrialResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.TrialResult();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.hyperfleet.v1.TrialResult.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_COMPLETED":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_FAILED":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_STOPPED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".hyperfleet.v1.TrialResult.error: object expected");
                    message.error = $root.hyperfleet.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.finalMetrics) {
                    if (!$Array.isArray(object.finalMetrics))
                        throw $TypeError(".hyperfleet.v1.TrialResult.finalMetrics: array expected");
                    message.finalMetrics = $Array(object.finalMetrics.length);
                    for (let i = 0; i < object.finalMetrics.length; ++i) {
                        if (!$util.isObject(object.finalMetrics[i]))
                            throw $TypeError(".hyperfleet.v1.TrialResult.finalMetrics: object expected");
                        message.finalMetrics[i] = $root.hyperfleet.v1.MetricPoint.fromObject(object.finalMetrics[i], _depth + 1);
                    }
                }
                if (object.finishedUnixMs != null)
                    if (typeof object.finishedUnixMs === "object" ? object.finishedUnixMs.low || object.finishedUnixMs.high : $Number(object.finishedUnixMs) !== 0)
                        if ($util.Long)
                            message.finishedUnixMs = $util.Long.fromValue(object.finishedUnixMs, false);
                        else if (typeof object.finishedUnixMs === "string")
                            message.finishedUnixMs = $parseInt(object.finishedUnixMs, 10);
                        else if (typeof object.finishedUnixMs === "number")
                            message.finishedUnixMs = object.finishedUnixMs;
                        else if (typeof object.finishedUnixMs === "object")
                            message.finishedUnixMs = new $util.LongBits(object.finishedUnixMs.low >>> 0, object.finishedUnixMs.high >>> 0).toNumber();
                if (object.logTail) {
                    if (!$Array.isArray(object.logTail))
                        throw $TypeError(".hyperfleet.v1.TrialResult.logTail: array expected");
                    message.logTail = $Array(object.logTail.length);
                    for (let i = 0; i < object.logTail.length; ++i)
                        message.logTail[i] = $String(object.logTail[i]);
                }
                if (object.delivery != null)
                    if ($Number(object.delivery) !== 0)
                        message.delivery = object.delivery >>> 0;
                if (object.artifactsHost != null)
                    if (typeof object.artifactsHost !== "string" || object.artifactsHost.length)
                        message.artifactsHost = $String(object.artifactsHost);
                if (object.artifactsPath != null)
                    if (typeof object.artifactsPath !== "string" || object.artifactsPath.length)
                        message.artifactsPath = $String(object.artifactsPath);
                return message;
            };

            /**
             * Creates a plain object from a TrialResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {hyperfleet.v1.TrialResult} message TrialResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrialResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.finalMetrics = [];
                    object.logTail = [];
                }
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.workerId = "";
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    object.error = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.finishedUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.finishedUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.delivery = 0;
                    object.artifactsHost = "";
                    object.artifactsPath = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.hyperfleet.v1.TrialResult.Status[message.status] === $undefined ? message.status : $root.hyperfleet.v1.TrialResult.Status[message.status] : message.status;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.hyperfleet.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.finalMetrics && message.finalMetrics.length) {
                    object.finalMetrics = $Array(message.finalMetrics.length);
                    for (let j = 0; j < message.finalMetrics.length; ++j)
                        object.finalMetrics[j] = $root.hyperfleet.v1.MetricPoint.toObject(message.finalMetrics[j], options, _depth + 1);
                }
                if (message.finishedUnixMs != null && $Object.hasOwnProperty.call(message, "finishedUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.finishedUnixMs = typeof message.finishedUnixMs === "number" ? $BigInt(message.finishedUnixMs) : $util.Long.fromBits(message.finishedUnixMs.low >>> 0, message.finishedUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.finishedUnixMs === "number")
                        object.finishedUnixMs = options.longs === $String ? $String(message.finishedUnixMs) : message.finishedUnixMs;
                    else
                        object.finishedUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.finishedUnixMs) : options.longs === $Number ? new $util.LongBits(message.finishedUnixMs.low >>> 0, message.finishedUnixMs.high >>> 0).toNumber() : message.finishedUnixMs;
                if (message.logTail && message.logTail.length) {
                    object.logTail = $Array(message.logTail.length);
                    for (let j = 0; j < message.logTail.length; ++j)
                        object.logTail[j] = message.logTail[j];
                }
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    object.delivery = message.delivery;
                if (message.artifactsHost != null && $Object.hasOwnProperty.call(message, "artifactsHost"))
                    object.artifactsHost = message.artifactsHost;
                if (message.artifactsPath != null && $Object.hasOwnProperty.call(message, "artifactsPath"))
                    object.artifactsPath = message.artifactsPath;
                return object;
            };

            /**
             * Converts this TrialResult to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.TrialResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrialResult.prototype.toJSON = function() {
                return TrialResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrialResult
             * @function getTypeUrl
             * @memberof hyperfleet.v1.TrialResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrialResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.TrialResult";
            };

            /**
             * Status enum.
             * @name hyperfleet.v1.TrialResult.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} STATUS_COMPLETED=1 STATUS_COMPLETED value
             * @property {number} STATUS_FAILED=2 STATUS_FAILED value
             * @property {number} STATUS_STOPPED=3 STATUS_STOPPED value
             */
            TrialResult.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_COMPLETED"] = 1;
                values[valuesById[2] = "STATUS_FAILED"] = 2;
                values[valuesById[3] = "STATUS_STOPPED"] = 3;
                return values;
            })();

            return TrialResult;
        })();

        v1.Release = (function() {

            /**
             * Properties of a Release.
             * @typedef {Object} hyperfleet.v1.Release.$Properties
             * @property {string|null} [jobId] Release jobId
             * @property {number|Long|null} [trialId] Release trialId
             * @property {number|null} [attempt] Release attempt
             * @property {string|null} [workerId] Release workerId
             * @property {number|null} [delivery] Release delivery
             * @property {string|null} [reason] Release reason
             * @property {number|null} [lost] Release lost
             * @property {boolean|null} [requeue] Release requeue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Release.
             * @memberof hyperfleet.v1
             * @interface IRelease
             * @augments hyperfleet.v1.Release.$Properties
             * @deprecated Use hyperfleet.v1.Release.$Properties instead.
             */

            /**
             * Shape of a Release.
             * @typedef {hyperfleet.v1.Release.$Properties} hyperfleet.v1.Release.$Shape
             */

            /**
             * Constructs a new Release.
             * @memberof hyperfleet.v1
             * @classdesc Represents a Release.
             * @constructor
             * @param {hyperfleet.v1.Release.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Release = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Release jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.jobId = "";

            /**
             * Release trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Release attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.attempt = 0;

            /**
             * Release workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.workerId = "";

            /**
             * Release delivery.
             * @member {number} delivery
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.delivery = 0;

            /**
             * Release reason.
             * @member {string} reason
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.reason = "";

            /**
             * Release lost.
             * @member {number} lost
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.lost = 0;

            /**
             * Release requeue.
             * @member {boolean} requeue
             * @memberof hyperfleet.v1.Release
             * @instance
             */
            Release.prototype.requeue = false;

            /**
             * Creates a new Release instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {hyperfleet.v1.Release.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Release} Release instance
             * @type {{
             *   (properties: hyperfleet.v1.Release.$Shape): hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape;
             *   (properties?: hyperfleet.v1.Release.$Properties): hyperfleet.v1.Release;
             * }}
             */
            Release.create = function(properties) {
                return new Release(properties);
            };

            /**
             * Encodes the specified Release message. Does not implicitly {@link hyperfleet.v1.Release.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {hyperfleet.v1.Release.$Properties} message Release message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Release.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.workerId);
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery") && message.delivery !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.delivery);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost") && message.lost !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.lost);
                if (message.requeue != null && $Object.hasOwnProperty.call(message, "requeue") && message.requeue !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.requeue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Release message, length delimited. Does not implicitly {@link hyperfleet.v1.Release.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {hyperfleet.v1.Release.$Properties} message Release message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Release.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Release message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape} Release
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Release.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Release();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delivery = value;
                            else
                                delete message.delivery;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lost = value;
                            else
                                delete message.lost;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.requeue = value;
                            else
                                delete message.requeue;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Release message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape} Release
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Release.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Release message.
             * @function verify
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Release.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    if (!$util.isInteger(message.delivery))
                        return "delivery: integer expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    if (!$util.isInteger(message.lost))
                        return "lost: integer expected";
                if (message.requeue != null && $Object.hasOwnProperty.call(message, "requeue"))
                    if (typeof message.requeue !== "boolean")
                        return "requeue: boolean expected";
                return null;
            };

            /**
             * Creates a Release message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Release} Release
             */
            Release.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Release)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Release: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Release();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.delivery != null)
                    if ($Number(object.delivery) !== 0)
                        message.delivery = object.delivery >>> 0;
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.lost != null)
                    if ($Number(object.lost) !== 0)
                        message.lost = object.lost >>> 0;
                if (object.requeue != null)
                    if (object.requeue)
                        message.requeue = $Boolean(object.requeue);
                return message;
            };

            /**
             * Creates a plain object from a Release message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {hyperfleet.v1.Release} message Release
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Release.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.workerId = "";
                    object.delivery = 0;
                    object.reason = "";
                    object.lost = 0;
                    object.requeue = false;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.delivery != null && $Object.hasOwnProperty.call(message, "delivery"))
                    object.delivery = message.delivery;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.lost != null && $Object.hasOwnProperty.call(message, "lost"))
                    object.lost = message.lost;
                if (message.requeue != null && $Object.hasOwnProperty.call(message, "requeue"))
                    object.requeue = message.requeue;
                return object;
            };

            /**
             * Converts this Release to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Release
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Release.prototype.toJSON = function() {
                return Release.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Release
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Release
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Release.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Release";
            };

            return Release;
        })();

        v1.Unschedulable = (function() {

            /**
             * Properties of an Unschedulable.
             * @typedef {Object} hyperfleet.v1.Unschedulable.$Properties
             * @property {string|null} [jobId] Unschedulable jobId
             * @property {number|Long|null} [trialId] Unschedulable trialId
             * @property {number|null} [attempt] Unschedulable attempt
             * @property {string|null} [resourceClass] Unschedulable resourceClass
             * @property {string|null} [reason] Unschedulable reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Unschedulable.
             * @memberof hyperfleet.v1
             * @interface IUnschedulable
             * @augments hyperfleet.v1.Unschedulable.$Properties
             * @deprecated Use hyperfleet.v1.Unschedulable.$Properties instead.
             */

            /**
             * Shape of an Unschedulable.
             * @typedef {hyperfleet.v1.Unschedulable.$Properties} hyperfleet.v1.Unschedulable.$Shape
             */

            /**
             * Constructs a new Unschedulable.
             * @memberof hyperfleet.v1
             * @classdesc Represents an Unschedulable.
             * @constructor
             * @param {hyperfleet.v1.Unschedulable.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Unschedulable = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Unschedulable jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.Unschedulable
             * @instance
             */
            Unschedulable.prototype.jobId = "";

            /**
             * Unschedulable trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.Unschedulable
             * @instance
             */
            Unschedulable.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Unschedulable attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.Unschedulable
             * @instance
             */
            Unschedulable.prototype.attempt = 0;

            /**
             * Unschedulable resourceClass.
             * @member {string} resourceClass
             * @memberof hyperfleet.v1.Unschedulable
             * @instance
             */
            Unschedulable.prototype.resourceClass = "";

            /**
             * Unschedulable reason.
             * @member {string} reason
             * @memberof hyperfleet.v1.Unschedulable
             * @instance
             */
            Unschedulable.prototype.reason = "";

            /**
             * Creates a new Unschedulable instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {hyperfleet.v1.Unschedulable.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Unschedulable} Unschedulable instance
             * @type {{
             *   (properties: hyperfleet.v1.Unschedulable.$Shape): hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape;
             *   (properties?: hyperfleet.v1.Unschedulable.$Properties): hyperfleet.v1.Unschedulable;
             * }}
             */
            Unschedulable.create = function(properties) {
                return new Unschedulable(properties);
            };

            /**
             * Encodes the specified Unschedulable message. Does not implicitly {@link hyperfleet.v1.Unschedulable.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {hyperfleet.v1.Unschedulable.$Properties} message Unschedulable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unschedulable.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.resourceClass != null && $Object.hasOwnProperty.call(message, "resourceClass") && message.resourceClass !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.resourceClass);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Unschedulable message, length delimited. Does not implicitly {@link hyperfleet.v1.Unschedulable.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {hyperfleet.v1.Unschedulable.$Properties} message Unschedulable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unschedulable.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Unschedulable message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape} Unschedulable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unschedulable.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Unschedulable();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceClass = value;
                            else
                                delete message.resourceClass;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Unschedulable message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape} Unschedulable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unschedulable.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Unschedulable message.
             * @function verify
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Unschedulable.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.resourceClass != null && $Object.hasOwnProperty.call(message, "resourceClass"))
                    if (!$util.isString(message.resourceClass))
                        return "resourceClass: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates an Unschedulable message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Unschedulable} Unschedulable
             */
            Unschedulable.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Unschedulable)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Unschedulable: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Unschedulable();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.resourceClass != null)
                    if (typeof object.resourceClass !== "string" || object.resourceClass.length)
                        message.resourceClass = $String(object.resourceClass);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an Unschedulable message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {hyperfleet.v1.Unschedulable} message Unschedulable
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Unschedulable.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.resourceClass = "";
                    object.reason = "";
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                if (message.resourceClass != null && $Object.hasOwnProperty.call(message, "resourceClass"))
                    object.resourceClass = message.resourceClass;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Unschedulable to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Unschedulable
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Unschedulable.prototype.toJSON = function() {
                return Unschedulable.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Unschedulable
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Unschedulable
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Unschedulable.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Unschedulable";
            };

            return Unschedulable;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} hyperfleet.v1.Event.$Properties
             * @property {hyperfleet.v1.Claim.$Properties|null} [claim] Event claim
             * @property {hyperfleet.v1.Heartbeat.$Properties|null} [heartbeat] Event heartbeat
             * @property {hyperfleet.v1.MetricReport.$Properties|null} [metrics] Event metrics
             * @property {hyperfleet.v1.TrialResult.$Properties|null} [result] Event result
             * @property {hyperfleet.v1.Unschedulable.$Properties|null} [unschedulable] Event unschedulable
             * @property {hyperfleet.v1.Release.$Properties|null} [released] Event released
             * @property {hyperfleet.v1.LogLines.$Properties|null} [logs] Event logs
             * @property {"claim"|"heartbeat"|"metrics"|"result"|"unschedulable"|"released"|"logs"} [kind] Event kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof hyperfleet.v1
             * @interface IEvent
             * @augments hyperfleet.v1.Event.$Properties
             * @deprecated Use hyperfleet.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   claim?: hyperfleet.v1.Claim.$Shape|null;
             *   heartbeat?: hyperfleet.v1.Heartbeat.$Shape|null;
             *   metrics?: hyperfleet.v1.MetricReport.$Shape|null;
             *   result?: hyperfleet.v1.TrialResult.$Shape|null;
             *   unschedulable?: hyperfleet.v1.Unschedulable.$Shape|null;
             *   released?: hyperfleet.v1.Release.$Shape|null;
             *   logs?: hyperfleet.v1.LogLines.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "claim"; claim: hyperfleet.v1.Claim.$Shape; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "heartbeat"; claim?: null; heartbeat: hyperfleet.v1.Heartbeat.$Shape; metrics?: null; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "metrics"; claim?: null; heartbeat?: null; metrics: hyperfleet.v1.MetricReport.$Shape; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "result"; claim?: null; heartbeat?: null; metrics?: null; result: hyperfleet.v1.TrialResult.$Shape; unschedulable?: null; released?: null; logs?: null }|{ kind?: "unschedulable"; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable: hyperfleet.v1.Unschedulable.$Shape; released?: null; logs?: null }|{ kind?: "released"; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released: hyperfleet.v1.Release.$Shape; logs?: null }|{ kind?: "logs"; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released?: null; logs: hyperfleet.v1.LogLines.$Shape })
             * )} hyperfleet.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof hyperfleet.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {hyperfleet.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event claim.
             * @member {hyperfleet.v1.Claim.$Properties|null|undefined} claim
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.claim = null;

            /**
             * Event heartbeat.
             * @member {hyperfleet.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.heartbeat = null;

            /**
             * Event metrics.
             * @member {hyperfleet.v1.MetricReport.$Properties|null|undefined} metrics
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.metrics = null;

            /**
             * Event result.
             * @member {hyperfleet.v1.TrialResult.$Properties|null|undefined} result
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.result = null;

            /**
             * Event unschedulable.
             * @member {hyperfleet.v1.Unschedulable.$Properties|null|undefined} unschedulable
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.unschedulable = null;

            /**
             * Event released.
             * @member {hyperfleet.v1.Release.$Properties|null|undefined} released
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.released = null;

            /**
             * Event logs.
             * @member {hyperfleet.v1.LogLines.$Properties|null|undefined} logs
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            Event.prototype.logs = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event kind.
             * @member {"claim"|"heartbeat"|"metrics"|"result"|"unschedulable"|"released"|"logs"|undefined} kind
             * @memberof hyperfleet.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["claim", "heartbeat", "metrics", "result", "unschedulable", "released", "logs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {hyperfleet.v1.Event.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Event} Event instance
             * @type {{
             *   (properties: hyperfleet.v1.Event.$Shape): hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape;
             *   (properties?: hyperfleet.v1.Event.$Properties): hyperfleet.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link hyperfleet.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {hyperfleet.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.claim != null && $Object.hasOwnProperty.call(message, "claim"))
                    $root.hyperfleet.v1.Claim.encode(message.claim, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.hyperfleet.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    $root.hyperfleet.v1.MetricReport.encode(message.metrics, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.hyperfleet.v1.TrialResult.encode(message.result, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.unschedulable != null && $Object.hasOwnProperty.call(message, "unschedulable"))
                    $root.hyperfleet.v1.Unschedulable.encode(message.unschedulable, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.released != null && $Object.hasOwnProperty.call(message, "released"))
                    $root.hyperfleet.v1.Release.encode(message.released, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs"))
                    $root.hyperfleet.v1.LogLines.encode(message.logs, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link hyperfleet.v1.Event.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {hyperfleet.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.claim = $root.hyperfleet.v1.Claim.decode(reader, reader.size(), $undefined, _depth + 1, message.claim);
                            message.kind = "claim";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.hyperfleet.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.kind = "heartbeat";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.metrics = $root.hyperfleet.v1.MetricReport.decode(reader, reader.size(), $undefined, _depth + 1, message.metrics);
                            message.kind = "metrics";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.hyperfleet.v1.TrialResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            message.kind = "result";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.unschedulable = $root.hyperfleet.v1.Unschedulable.decode(reader, reader.size(), $undefined, _depth + 1, message.unschedulable);
                            message.kind = "unschedulable";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.released = $root.hyperfleet.v1.Release.decode(reader, reader.size(), $undefined, _depth + 1, message.released);
                            message.kind = "released";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.logs = $root.hyperfleet.v1.LogLines.decode(reader, reader.size(), $undefined, _depth + 1, message.logs);
                            message.kind = "logs";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.claim != null && $Object.hasOwnProperty.call(message, "claim")) {
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.Claim.verify(message.claim, _depth + 1);
                        if (error)
                            return "claim." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.MetricReport.verify(message.metrics, _depth + 1);
                        if (error)
                            return "metrics." + error;
                    }
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.TrialResult.verify(message.result, _depth + 1);
                        if (error)
                            return "result." + error;
                    }
                }
                if (message.unschedulable != null && $Object.hasOwnProperty.call(message, "unschedulable")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.Unschedulable.verify(message.unschedulable, _depth + 1);
                        if (error)
                            return "unschedulable." + error;
                    }
                }
                if (message.released != null && $Object.hasOwnProperty.call(message, "released")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.Release.verify(message.released, _depth + 1);
                        if (error)
                            return "released." + error;
                    }
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.hyperfleet.v1.LogLines.verify(message.logs, _depth + 1);
                        if (error)
                            return "logs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Event();
                if (object.claim != null) {
                    if (!$util.isObject(object.claim))
                        throw $TypeError(".hyperfleet.v1.Event.claim: object expected");
                    message.claim = $root.hyperfleet.v1.Claim.fromObject(object.claim, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".hyperfleet.v1.Event.heartbeat: object expected");
                    message.heartbeat = $root.hyperfleet.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.metrics != null) {
                    if (!$util.isObject(object.metrics))
                        throw $TypeError(".hyperfleet.v1.Event.metrics: object expected");
                    message.metrics = $root.hyperfleet.v1.MetricReport.fromObject(object.metrics, _depth + 1);
                }
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".hyperfleet.v1.Event.result: object expected");
                    message.result = $root.hyperfleet.v1.TrialResult.fromObject(object.result, _depth + 1);
                }
                if (object.unschedulable != null) {
                    if (!$util.isObject(object.unschedulable))
                        throw $TypeError(".hyperfleet.v1.Event.unschedulable: object expected");
                    message.unschedulable = $root.hyperfleet.v1.Unschedulable.fromObject(object.unschedulable, _depth + 1);
                }
                if (object.released != null) {
                    if (!$util.isObject(object.released))
                        throw $TypeError(".hyperfleet.v1.Event.released: object expected");
                    message.released = $root.hyperfleet.v1.Release.fromObject(object.released, _depth + 1);
                }
                if (object.logs != null) {
                    if (!$util.isObject(object.logs))
                        throw $TypeError(".hyperfleet.v1.Event.logs: object expected");
                    message.logs = $root.hyperfleet.v1.LogLines.fromObject(object.logs, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {hyperfleet.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.claim != null && $Object.hasOwnProperty.call(message, "claim")) {
                    object.claim = $root.hyperfleet.v1.Claim.toObject(message.claim, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "claim";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.hyperfleet.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "heartbeat";
                }
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    object.metrics = $root.hyperfleet.v1.MetricReport.toObject(message.metrics, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "metrics";
                }
                if (message.result != null && $Object.hasOwnProperty.call(message, "result")) {
                    object.result = $root.hyperfleet.v1.TrialResult.toObject(message.result, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "result";
                }
                if (message.unschedulable != null && $Object.hasOwnProperty.call(message, "unschedulable")) {
                    object.unschedulable = $root.hyperfleet.v1.Unschedulable.toObject(message.unschedulable, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "unschedulable";
                }
                if (message.released != null && $Object.hasOwnProperty.call(message, "released")) {
                    object.released = $root.hyperfleet.v1.Release.toObject(message.released, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "released";
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    object.logs = $root.hyperfleet.v1.LogLines.toObject(message.logs, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "logs";
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Event";
            };

            return Event;
        })();

        v1.TrainingSpec = (function() {

            /**
             * Properties of a TrainingSpec.
             * @typedef {Object} hyperfleet.v1.TrainingSpec.$Properties
             * @property {hyperfleet.v1.TrainingSpec.Runtime|null} [runtime] TrainingSpec runtime
             * @property {Array.<string>|null} [command] TrainingSpec command
             * @property {string|null} [image] TrainingSpec image
             * @property {Object.<string,string>|null} [environment] TrainingSpec environment
             * @property {Array.<hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties>|null} [metricDefinitions] TrainingSpec metricDefinitions
             * @property {string|null} [objectiveMetric] TrainingSpec objectiveMetric
             * @property {Object.<string,string>|null} [dataChannels] TrainingSpec dataChannels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrainingSpec.
             * @memberof hyperfleet.v1
             * @interface ITrainingSpec
             * @augments hyperfleet.v1.TrainingSpec.$Properties
             * @deprecated Use hyperfleet.v1.TrainingSpec.$Properties instead.
             */

            /**
             * Shape of a TrainingSpec.
             * @typedef {hyperfleet.v1.TrainingSpec.$Properties} hyperfleet.v1.TrainingSpec.$Shape
             */

            /**
             * Constructs a new TrainingSpec.
             * @memberof hyperfleet.v1
             * @classdesc Represents a TrainingSpec.
             * @constructor
             * @param {hyperfleet.v1.TrainingSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrainingSpec = function (properties) {
                this.command = [];
                this.environment = {};
                this.metricDefinitions = [];
                this.dataChannels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrainingSpec runtime.
             * @member {hyperfleet.v1.TrainingSpec.Runtime} runtime
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.runtime = 0;

            /**
             * TrainingSpec command.
             * @member {Array.<string>} command
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.command = $util.emptyArray;

            /**
             * TrainingSpec image.
             * @member {string} image
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.image = "";

            /**
             * TrainingSpec environment.
             * @member {Object.<string,string>} environment
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.environment = $util.emptyObject;

            /**
             * TrainingSpec metricDefinitions.
             * @member {Array.<hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties>} metricDefinitions
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.metricDefinitions = $util.emptyArray;

            /**
             * TrainingSpec objectiveMetric.
             * @member {string} objectiveMetric
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.objectiveMetric = "";

            /**
             * TrainingSpec dataChannels.
             * @member {Object.<string,string>} dataChannels
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             */
            TrainingSpec.prototype.dataChannels = $util.emptyObject;

            /**
             * Creates a new TrainingSpec instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {hyperfleet.v1.TrainingSpec.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.TrainingSpec} TrainingSpec instance
             * @type {{
             *   (properties: hyperfleet.v1.TrainingSpec.$Shape): hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape;
             *   (properties?: hyperfleet.v1.TrainingSpec.$Properties): hyperfleet.v1.TrainingSpec;
             * }}
             */
            TrainingSpec.create = function(properties) {
                return new TrainingSpec(properties);
            };

            /**
             * Encodes the specified TrainingSpec message. Does not implicitly {@link hyperfleet.v1.TrainingSpec.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {hyperfleet.v1.TrainingSpec.$Properties} message TrainingSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrainingSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime") && message.runtime !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.runtime);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.command[i]);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.image);
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment"))
                    for (let keys = $Object.keys(message.environment), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.environment[keys[i]]).ldelim();
                if (message.metricDefinitions != null && message.metricDefinitions.length)
                    for (let i = 0; i < message.metricDefinitions.length; ++i)
                        $root.hyperfleet.v1.TrainingSpec.MetricDefinition.encode(message.metricDefinitions[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.objectiveMetric != null && $Object.hasOwnProperty.call(message, "objectiveMetric") && message.objectiveMetric !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.objectiveMetric);
                if (message.dataChannels != null && $Object.hasOwnProperty.call(message, "dataChannels"))
                    for (let keys = $Object.keys(message.dataChannels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.dataChannels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TrainingSpec message, length delimited. Does not implicitly {@link hyperfleet.v1.TrainingSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {hyperfleet.v1.TrainingSpec.$Properties} message TrainingSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrainingSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TrainingSpec message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape} TrainingSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrainingSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.TrainingSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.runtime = value;
                            else
                                delete message.runtime;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.environment === $util.emptyObject)
                                message.environment = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.environment, key);
                            message.environment[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.metricDefinitions && message.metricDefinitions.length))
                                message.metricDefinitions = [];
                            message.metricDefinitions.push($root.hyperfleet.v1.TrainingSpec.MetricDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.objectiveMetric = value;
                            else
                                delete message.objectiveMetric;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.dataChannels === $util.emptyObject)
                                message.dataChannels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.dataChannels, key);
                            message.dataChannels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TrainingSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape} TrainingSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrainingSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TrainingSpec message.
             * @function verify
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrainingSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    if (typeof message.runtime !== "number" || (message.runtime | 0) !== message.runtime)
                        return "runtime: enum value expected";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    if (!$Array.isArray(message.command))
                        return "command: array expected";
                    for (let i = 0; i < message.command.length; ++i)
                        if (!$util.isString(message.command[i]))
                            return "command: string[] expected";
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!$util.isString(message.image))
                        return "image: string expected";
                if (message.environment != null && $Object.hasOwnProperty.call(message, "environment")) {
                    if (!$util.isObject(message.environment))
                        return "environment: object expected";
                    let key = $Object.keys(message.environment);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.environment[key[i]]))
                            return "environment: string{k:string} expected";
                }
                if (message.metricDefinitions != null && $Object.hasOwnProperty.call(message, "metricDefinitions")) {
                    if (!$Array.isArray(message.metricDefinitions))
                        return "metricDefinitions: array expected";
                    for (let i = 0; i < message.metricDefinitions.length; ++i) {
                        let error = $root.hyperfleet.v1.TrainingSpec.MetricDefinition.verify(message.metricDefinitions[i], _depth + 1);
                        if (error)
                            return "metricDefinitions." + error;
                    }
                }
                if (message.objectiveMetric != null && $Object.hasOwnProperty.call(message, "objectiveMetric"))
                    if (!$util.isString(message.objectiveMetric))
                        return "objectiveMetric: string expected";
                if (message.dataChannels != null && $Object.hasOwnProperty.call(message, "dataChannels")) {
                    if (!$util.isObject(message.dataChannels))
                        return "dataChannels: object expected";
                    let key = $Object.keys(message.dataChannels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.dataChannels[key[i]]))
                            return "dataChannels: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a TrainingSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.TrainingSpec} TrainingSpec
             */
            TrainingSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.TrainingSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.TrainingSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.TrainingSpec();
                if (object.runtime !== 0 && (typeof object.runtime !== "string" || $root.hyperfleet.v1.TrainingSpec.Runtime[object.runtime] !== 0))
                    switch (object.runtime) {
                    case "RUNTIME_UNSPECIFIED":
                    case 0:
                        message.runtime = 0;
                        break;
                    case "RUNTIME_PROCESS":
                    case 1:
                        message.runtime = 1;
                        break;
                    case "RUNTIME_DOCKER":
                    case 2:
                        message.runtime = 2;
                        break;
                    default:
                        if (typeof object.runtime === "number" && (object.runtime | 0) === object.runtime)
                            message.runtime = object.runtime;
                    }
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".hyperfleet.v1.TrainingSpec.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.image != null)
                    if (typeof object.image !== "string" || object.image.length)
                        message.image = $String(object.image);
                if (object.environment) {
                    if (!$util.isObject(object.environment))
                        throw $TypeError(".hyperfleet.v1.TrainingSpec.environment: object expected");
                    message.environment = {};
                    for (let keys = $Object.keys(object.environment), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.environment, keys[i]);
                        message.environment[keys[i]] = $String(object.environment[keys[i]]);
                    }
                }
                if (object.metricDefinitions) {
                    if (!$Array.isArray(object.metricDefinitions))
                        throw $TypeError(".hyperfleet.v1.TrainingSpec.metricDefinitions: array expected");
                    message.metricDefinitions = $Array(object.metricDefinitions.length);
                    for (let i = 0; i < object.metricDefinitions.length; ++i) {
                        if (!$util.isObject(object.metricDefinitions[i]))
                            throw $TypeError(".hyperfleet.v1.TrainingSpec.metricDefinitions: object expected");
                        message.metricDefinitions[i] = $root.hyperfleet.v1.TrainingSpec.MetricDefinition.fromObject(object.metricDefinitions[i], _depth + 1);
                    }
                }
                if (object.objectiveMetric != null)
                    if (typeof object.objectiveMetric !== "string" || object.objectiveMetric.length)
                        message.objectiveMetric = $String(object.objectiveMetric);
                if (object.dataChannels) {
                    if (!$util.isObject(object.dataChannels))
                        throw $TypeError(".hyperfleet.v1.TrainingSpec.dataChannels: object expected");
                    message.dataChannels = {};
                    for (let keys = $Object.keys(object.dataChannels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.dataChannels, keys[i]);
                        message.dataChannels[keys[i]] = $String(object.dataChannels[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TrainingSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {hyperfleet.v1.TrainingSpec} message TrainingSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrainingSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.command = [];
                    object.metricDefinitions = [];
                }
                if (options.objects || options.defaults) {
                    object.environment = {};
                    object.dataChannels = {};
                }
                if (options.defaults) {
                    object.runtime = options.enums === $String ? "RUNTIME_UNSPECIFIED" : 0;
                    object.image = "";
                    object.objectiveMetric = "";
                }
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    object.runtime = options.enums === $String ? $root.hyperfleet.v1.TrainingSpec.Runtime[message.runtime] === $undefined ? message.runtime : $root.hyperfleet.v1.TrainingSpec.Runtime[message.runtime] : message.runtime;
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                let keys2;
                if (message.environment && (keys2 = $Object.keys(message.environment)).length) {
                    object.environment = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.environment, keys2[j]);
                        object.environment[keys2[j]] = message.environment[keys2[j]];
                    }
                }
                if (message.metricDefinitions && message.metricDefinitions.length) {
                    object.metricDefinitions = $Array(message.metricDefinitions.length);
                    for (let j = 0; j < message.metricDefinitions.length; ++j)
                        object.metricDefinitions[j] = $root.hyperfleet.v1.TrainingSpec.MetricDefinition.toObject(message.metricDefinitions[j], options, _depth + 1);
                }
                if (message.objectiveMetric != null && $Object.hasOwnProperty.call(message, "objectiveMetric"))
                    object.objectiveMetric = message.objectiveMetric;
                if (message.dataChannels && (keys2 = $Object.keys(message.dataChannels)).length) {
                    object.dataChannels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.dataChannels, keys2[j]);
                        object.dataChannels[keys2[j]] = message.dataChannels[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this TrainingSpec to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.TrainingSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrainingSpec.prototype.toJSON = function() {
                return TrainingSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrainingSpec
             * @function getTypeUrl
             * @memberof hyperfleet.v1.TrainingSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrainingSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.TrainingSpec";
            };

            /**
             * Runtime enum.
             * @name hyperfleet.v1.TrainingSpec.Runtime
             * @enum {number}
             * @property {number} RUNTIME_UNSPECIFIED=0 RUNTIME_UNSPECIFIED value
             * @property {number} RUNTIME_PROCESS=1 RUNTIME_PROCESS value
             * @property {number} RUNTIME_DOCKER=2 RUNTIME_DOCKER value
             */
            TrainingSpec.Runtime = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "RUNTIME_UNSPECIFIED"] = 0;
                values[valuesById[1] = "RUNTIME_PROCESS"] = 1;
                values[valuesById[2] = "RUNTIME_DOCKER"] = 2;
                return values;
            })();

            TrainingSpec.MetricDefinition = (function() {

                /**
                 * Properties of a MetricDefinition.
                 * @typedef {Object} hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties
                 * @property {string|null} [name] MetricDefinition name
                 * @property {string|null} [regex] MetricDefinition regex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MetricDefinition.
                 * @memberof hyperfleet.v1.TrainingSpec
                 * @interface IMetricDefinition
                 * @augments hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties
                 * @deprecated Use hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties instead.
                 */

                /**
                 * Shape of a MetricDefinition.
                 * @typedef {hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties} hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape
                 */

                /**
                 * Constructs a new MetricDefinition.
                 * @memberof hyperfleet.v1.TrainingSpec
                 * @classdesc Represents a MetricDefinition.
                 * @constructor
                 * @param {hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MetricDefinition = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MetricDefinition name.
                 * @member {string} name
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @instance
                 */
                MetricDefinition.prototype.name = "";

                /**
                 * MetricDefinition regex.
                 * @member {string} regex
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @instance
                 */
                MetricDefinition.prototype.regex = "";

                /**
                 * Creates a new MetricDefinition instance using the specified properties.
                 * @function create
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties=} [properties] Properties to set
                 * @returns {hyperfleet.v1.TrainingSpec.MetricDefinition} MetricDefinition instance
                 * @type {{
                 *   (properties: hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape): hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape;
                 *   (properties?: hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties): hyperfleet.v1.TrainingSpec.MetricDefinition;
                 * }}
                 */
                MetricDefinition.create = function(properties) {
                    return new MetricDefinition(properties);
                };

                /**
                 * Encodes the specified MetricDefinition message. Does not implicitly {@link hyperfleet.v1.TrainingSpec.MetricDefinition.verify|verify} messages.
                 * @function encode
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties} message MetricDefinition message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.regex != null && $Object.hasOwnProperty.call(message, "regex") && message.regex !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.regex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified MetricDefinition message, length delimited. Does not implicitly {@link hyperfleet.v1.TrainingSpec.MetricDefinition.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties} message MetricDefinition message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MetricDefinition message from the specified reader or buffer.
                 * @function decode
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape} MetricDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.hyperfleet.v1.TrainingSpec.MetricDefinition();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.regex = value;
                                else
                                    delete message.regex;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Decodes a MetricDefinition message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape} MetricDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a MetricDefinition message.
                 * @function verify
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                MetricDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    if (message.regex != null && $Object.hasOwnProperty.call(message, "regex"))
                        if (!$util.isString(message.regex))
                            return "regex: string expected";
                    return null;
                };

                /**
                 * Creates a MetricDefinition message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {hyperfleet.v1.TrainingSpec.MetricDefinition} MetricDefinition
                 */
                MetricDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.hyperfleet.v1.TrainingSpec.MetricDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".hyperfleet.v1.TrainingSpec.MetricDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.hyperfleet.v1.TrainingSpec.MetricDefinition();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.regex != null)
                        if (typeof object.regex !== "string" || object.regex.length)
                            message.regex = $String(object.regex);
                    return message;
                };

                /**
                 * Creates a plain object from a MetricDefinition message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {hyperfleet.v1.TrainingSpec.MetricDefinition} message MetricDefinition
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MetricDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.regex = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.regex != null && $Object.hasOwnProperty.call(message, "regex"))
                        object.regex = message.regex;
                    return object;
                };

                /**
                 * Converts this MetricDefinition to JSON.
                 * @function toJSON
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MetricDefinition.prototype.toJSON = function() {
                    return MetricDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MetricDefinition
                 * @function getTypeUrl
                 * @memberof hyperfleet.v1.TrainingSpec.MetricDefinition
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MetricDefinition.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hyperfleet.v1.TrainingSpec.MetricDefinition";
                };

                return MetricDefinition;
            })();

            return TrainingSpec;
        })();

        v1.TrialAssignment = (function() {

            /**
             * Properties of a TrialAssignment.
             * @typedef {Object} hyperfleet.v1.TrialAssignment.$Properties
             * @property {string|null} [jobId] TrialAssignment jobId
             * @property {number|Long|null} [trialId] TrialAssignment trialId
             * @property {number|null} [attempt] TrialAssignment attempt
             * @property {Object.<string,hyperfleet.v1.HyperparameterValue.$Properties>|null} [hyperparameters] TrialAssignment hyperparameters
             * @property {Object.<string,string>|null} [staticHyperparameters] TrialAssignment staticHyperparameters
             * @property {hyperfleet.v1.TrainingSpec.$Properties|null} [training] TrialAssignment training
             * @property {hyperfleet.v1.ResourceRequest.$Properties|null} [resources] TrialAssignment resources
             * @property {number|Long|null} [deadlineUnixMs] TrialAssignment deadlineUnixMs
             * @property {number|Long|null} [offeredUnixMs] TrialAssignment offeredUnixMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TrialAssignment.
             * @memberof hyperfleet.v1
             * @interface ITrialAssignment
             * @augments hyperfleet.v1.TrialAssignment.$Properties
             * @deprecated Use hyperfleet.v1.TrialAssignment.$Properties instead.
             */

            /**
             * Shape of a TrialAssignment.
             * @typedef {{
             *   jobId?: string|null;
             *   trialId?: number|Long|null;
             *   attempt?: number|null;
             *   hyperparameters?: Object.<string,hyperfleet.v1.HyperparameterValue.$Shape>|null;
             *   staticHyperparameters?: Object.<string,string>|null;
             *   training?: hyperfleet.v1.TrainingSpec.$Shape|null;
             *   resources?: hyperfleet.v1.ResourceRequest.$Shape|null;
             *   deadlineUnixMs?: number|Long|null;
             *   offeredUnixMs?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} hyperfleet.v1.TrialAssignment.$Shape
             */

            /**
             * Constructs a new TrialAssignment.
             * @memberof hyperfleet.v1
             * @classdesc Represents a TrialAssignment.
             * @constructor
             * @param {hyperfleet.v1.TrialAssignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TrialAssignment = function (properties) {
                this.hyperparameters = {};
                this.staticHyperparameters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TrialAssignment jobId.
             * @member {string} jobId
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.jobId = "";

            /**
             * TrialAssignment trialId.
             * @member {number|Long} trialId
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.trialId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TrialAssignment attempt.
             * @member {number} attempt
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.attempt = 0;

            /**
             * TrialAssignment hyperparameters.
             * @member {Object.<string,hyperfleet.v1.HyperparameterValue.$Properties>} hyperparameters
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.hyperparameters = $util.emptyObject;

            /**
             * TrialAssignment staticHyperparameters.
             * @member {Object.<string,string>} staticHyperparameters
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.staticHyperparameters = $util.emptyObject;

            /**
             * TrialAssignment training.
             * @member {hyperfleet.v1.TrainingSpec.$Properties|null|undefined} training
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.training = null;

            /**
             * TrialAssignment resources.
             * @member {hyperfleet.v1.ResourceRequest.$Properties|null|undefined} resources
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.resources = null;

            /**
             * TrialAssignment deadlineUnixMs.
             * @member {number|Long} deadlineUnixMs
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.deadlineUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TrialAssignment offeredUnixMs.
             * @member {number|Long} offeredUnixMs
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             */
            TrialAssignment.prototype.offeredUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TrialAssignment instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {hyperfleet.v1.TrialAssignment.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.TrialAssignment} TrialAssignment instance
             * @type {{
             *   (properties: hyperfleet.v1.TrialAssignment.$Shape): hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape;
             *   (properties?: hyperfleet.v1.TrialAssignment.$Properties): hyperfleet.v1.TrialAssignment;
             * }}
             */
            TrialAssignment.create = function(properties) {
                return new TrialAssignment(properties);
            };

            /**
             * Encodes the specified TrialAssignment message. Does not implicitly {@link hyperfleet.v1.TrialAssignment.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {hyperfleet.v1.TrialAssignment.$Properties} message TrialAssignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialAssignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId") && message.jobId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.jobId);
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId") && (typeof message.trialId === "object" ? message.trialId.low || message.trialId.high : message.trialId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.trialId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.hyperparameters != null && $Object.hasOwnProperty.call(message, "hyperparameters"))
                    for (let keys = $Object.keys(message.hyperparameters), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.hyperfleet.v1.HyperparameterValue.encode(message.hyperparameters[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.staticHyperparameters != null && $Object.hasOwnProperty.call(message, "staticHyperparameters"))
                    for (let keys = $Object.keys(message.staticHyperparameters), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.staticHyperparameters[keys[i]]).ldelim();
                if (message.training != null && $Object.hasOwnProperty.call(message, "training"))
                    $root.hyperfleet.v1.TrainingSpec.encode(message.training, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.hyperfleet.v1.ResourceRequest.encode(message.resources, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs") && (typeof message.deadlineUnixMs === "object" ? message.deadlineUnixMs.low || message.deadlineUnixMs.high : message.deadlineUnixMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.deadlineUnixMs);
                if (message.offeredUnixMs != null && $Object.hasOwnProperty.call(message, "offeredUnixMs") && (typeof message.offeredUnixMs === "object" ? message.offeredUnixMs.low || message.offeredUnixMs.high : message.offeredUnixMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.offeredUnixMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TrialAssignment message, length delimited. Does not implicitly {@link hyperfleet.v1.TrialAssignment.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {hyperfleet.v1.TrialAssignment.$Properties} message TrialAssignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TrialAssignment.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TrialAssignment message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape} TrialAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialAssignment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.TrialAssignment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.jobId = value;
                            else
                                delete message.jobId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.trialId = value;
                            else
                                delete message.trialId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.hyperparameters === $util.emptyObject)
                                message.hyperparameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.hyperfleet.v1.HyperparameterValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.hyperparameters, key);
                            message.hyperparameters[key] = value || new $root.hyperfleet.v1.HyperparameterValue();
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.staticHyperparameters === $util.emptyObject)
                                message.staticHyperparameters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.staticHyperparameters, key);
                            message.staticHyperparameters[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.training = $root.hyperfleet.v1.TrainingSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.training);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.hyperfleet.v1.ResourceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deadlineUnixMs = value;
                            else
                                delete message.deadlineUnixMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offeredUnixMs = value;
                            else
                                delete message.offeredUnixMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TrialAssignment message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape} TrialAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TrialAssignment.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TrialAssignment message.
             * @function verify
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TrialAssignment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    if (!$util.isString(message.jobId))
                        return "jobId: string expected";
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (!$util.isInteger(message.trialId) && !(message.trialId && $util.isInteger(message.trialId.low) && $util.isInteger(message.trialId.high)))
                        return "trialId: integer|Long expected";
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                if (message.hyperparameters != null && $Object.hasOwnProperty.call(message, "hyperparameters")) {
                    if (!$util.isObject(message.hyperparameters))
                        return "hyperparameters: object expected";
                    let key = $Object.keys(message.hyperparameters);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.hyperfleet.v1.HyperparameterValue.verify(message.hyperparameters[key[i]], _depth + 1);
                        if (error)
                            return "hyperparameters." + error;
                    }
                }
                if (message.staticHyperparameters != null && $Object.hasOwnProperty.call(message, "staticHyperparameters")) {
                    if (!$util.isObject(message.staticHyperparameters))
                        return "staticHyperparameters: object expected";
                    let key = $Object.keys(message.staticHyperparameters);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.staticHyperparameters[key[i]]))
                            return "staticHyperparameters: string{k:string} expected";
                }
                if (message.training != null && $Object.hasOwnProperty.call(message, "training")) {
                    let error = $root.hyperfleet.v1.TrainingSpec.verify(message.training, _depth + 1);
                    if (error)
                        return "training." + error;
                }
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                    let error = $root.hyperfleet.v1.ResourceRequest.verify(message.resources, _depth + 1);
                    if (error)
                        return "resources." + error;
                }
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs"))
                    if (!$util.isInteger(message.deadlineUnixMs) && !(message.deadlineUnixMs && $util.isInteger(message.deadlineUnixMs.low) && $util.isInteger(message.deadlineUnixMs.high)))
                        return "deadlineUnixMs: integer|Long expected";
                if (message.offeredUnixMs != null && $Object.hasOwnProperty.call(message, "offeredUnixMs"))
                    if (!$util.isInteger(message.offeredUnixMs) && !(message.offeredUnixMs && $util.isInteger(message.offeredUnixMs.low) && $util.isInteger(message.offeredUnixMs.high)))
                        return "offeredUnixMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a TrialAssignment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.TrialAssignment} TrialAssignment
             */
            TrialAssignment.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.TrialAssignment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.TrialAssignment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.TrialAssignment();
                if (object.jobId != null)
                    if (typeof object.jobId !== "string" || object.jobId.length)
                        message.jobId = $String(object.jobId);
                if (object.trialId != null)
                    if (typeof object.trialId === "object" ? object.trialId.low || object.trialId.high : $Number(object.trialId) !== 0)
                        if ($util.Long)
                            message.trialId = $util.Long.fromValue(object.trialId, true);
                        else if (typeof object.trialId === "string")
                            message.trialId = $parseInt(object.trialId, 10);
                        else if (typeof object.trialId === "number")
                            message.trialId = object.trialId;
                        else if (typeof object.trialId === "object")
                            message.trialId = new $util.LongBits(object.trialId.low >>> 0, object.trialId.high >>> 0).toNumber(true);
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                if (object.hyperparameters) {
                    if (!$util.isObject(object.hyperparameters))
                        throw $TypeError(".hyperfleet.v1.TrialAssignment.hyperparameters: object expected");
                    message.hyperparameters = {};
                    for (let keys = $Object.keys(object.hyperparameters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.hyperparameters, keys[i]);
                        if (!$util.isObject(object.hyperparameters[keys[i]]))
                            throw $TypeError(".hyperfleet.v1.TrialAssignment.hyperparameters: object expected");
                        message.hyperparameters[keys[i]] = $root.hyperfleet.v1.HyperparameterValue.fromObject(object.hyperparameters[keys[i]], _depth + 1);
                    }
                }
                if (object.staticHyperparameters) {
                    if (!$util.isObject(object.staticHyperparameters))
                        throw $TypeError(".hyperfleet.v1.TrialAssignment.staticHyperparameters: object expected");
                    message.staticHyperparameters = {};
                    for (let keys = $Object.keys(object.staticHyperparameters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.staticHyperparameters, keys[i]);
                        message.staticHyperparameters[keys[i]] = $String(object.staticHyperparameters[keys[i]]);
                    }
                }
                if (object.training != null) {
                    if (!$util.isObject(object.training))
                        throw $TypeError(".hyperfleet.v1.TrialAssignment.training: object expected");
                    message.training = $root.hyperfleet.v1.TrainingSpec.fromObject(object.training, _depth + 1);
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".hyperfleet.v1.TrialAssignment.resources: object expected");
                    message.resources = $root.hyperfleet.v1.ResourceRequest.fromObject(object.resources, _depth + 1);
                }
                if (object.deadlineUnixMs != null)
                    if (typeof object.deadlineUnixMs === "object" ? object.deadlineUnixMs.low || object.deadlineUnixMs.high : $Number(object.deadlineUnixMs) !== 0)
                        if ($util.Long)
                            message.deadlineUnixMs = $util.Long.fromValue(object.deadlineUnixMs, false);
                        else if (typeof object.deadlineUnixMs === "string")
                            message.deadlineUnixMs = $parseInt(object.deadlineUnixMs, 10);
                        else if (typeof object.deadlineUnixMs === "number")
                            message.deadlineUnixMs = object.deadlineUnixMs;
                        else if (typeof object.deadlineUnixMs === "object")
                            message.deadlineUnixMs = new $util.LongBits(object.deadlineUnixMs.low >>> 0, object.deadlineUnixMs.high >>> 0).toNumber();
                if (object.offeredUnixMs != null)
                    if (typeof object.offeredUnixMs === "object" ? object.offeredUnixMs.low || object.offeredUnixMs.high : $Number(object.offeredUnixMs) !== 0)
                        if ($util.Long)
                            message.offeredUnixMs = $util.Long.fromValue(object.offeredUnixMs, false);
                        else if (typeof object.offeredUnixMs === "string")
                            message.offeredUnixMs = $parseInt(object.offeredUnixMs, 10);
                        else if (typeof object.offeredUnixMs === "number")
                            message.offeredUnixMs = object.offeredUnixMs;
                        else if (typeof object.offeredUnixMs === "object")
                            message.offeredUnixMs = new $util.LongBits(object.offeredUnixMs.low >>> 0, object.offeredUnixMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a TrialAssignment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {hyperfleet.v1.TrialAssignment} message TrialAssignment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TrialAssignment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults) {
                    object.hyperparameters = {};
                    object.staticHyperparameters = {};
                }
                if (options.defaults) {
                    object.jobId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.trialId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.trialId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.attempt = 0;
                    object.training = null;
                    object.resources = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.deadlineUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deadlineUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offeredUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offeredUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.jobId != null && $Object.hasOwnProperty.call(message, "jobId"))
                    object.jobId = message.jobId;
                if (message.trialId != null && $Object.hasOwnProperty.call(message, "trialId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.trialId = typeof message.trialId === "number" ? $BigInt(message.trialId) : $util.Long.fromBits(message.trialId.low >>> 0, message.trialId.high >>> 0, true).toBigInt();
                    else if (typeof message.trialId === "number")
                        object.trialId = options.longs === $String ? $String(message.trialId) : message.trialId;
                    else
                        object.trialId = options.longs === $String ? $util.Long.prototype.toString.call(message.trialId) : options.longs === $Number ? new $util.LongBits(message.trialId.low >>> 0, message.trialId.high >>> 0).toNumber(true) : message.trialId;
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                let keys2;
                if (message.hyperparameters && (keys2 = $Object.keys(message.hyperparameters)).length) {
                    object.hyperparameters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.hyperparameters, keys2[j]);
                        object.hyperparameters[keys2[j]] = $root.hyperfleet.v1.HyperparameterValue.toObject(message.hyperparameters[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.staticHyperparameters && (keys2 = $Object.keys(message.staticHyperparameters)).length) {
                    object.staticHyperparameters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.staticHyperparameters, keys2[j]);
                        object.staticHyperparameters[keys2[j]] = message.staticHyperparameters[keys2[j]];
                    }
                }
                if (message.training != null && $Object.hasOwnProperty.call(message, "training"))
                    object.training = $root.hyperfleet.v1.TrainingSpec.toObject(message.training, options, _depth + 1);
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.hyperfleet.v1.ResourceRequest.toObject(message.resources, options, _depth + 1);
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deadlineUnixMs = typeof message.deadlineUnixMs === "number" ? $BigInt(message.deadlineUnixMs) : $util.Long.fromBits(message.deadlineUnixMs.low >>> 0, message.deadlineUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.deadlineUnixMs === "number")
                        object.deadlineUnixMs = options.longs === $String ? $String(message.deadlineUnixMs) : message.deadlineUnixMs;
                    else
                        object.deadlineUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.deadlineUnixMs) : options.longs === $Number ? new $util.LongBits(message.deadlineUnixMs.low >>> 0, message.deadlineUnixMs.high >>> 0).toNumber() : message.deadlineUnixMs;
                if (message.offeredUnixMs != null && $Object.hasOwnProperty.call(message, "offeredUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offeredUnixMs = typeof message.offeredUnixMs === "number" ? $BigInt(message.offeredUnixMs) : $util.Long.fromBits(message.offeredUnixMs.low >>> 0, message.offeredUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.offeredUnixMs === "number")
                        object.offeredUnixMs = options.longs === $String ? $String(message.offeredUnixMs) : message.offeredUnixMs;
                    else
                        object.offeredUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.offeredUnixMs) : options.longs === $Number ? new $util.LongBits(message.offeredUnixMs.low >>> 0, message.offeredUnixMs.high >>> 0).toNumber() : message.offeredUnixMs;
                return object;
            };

            /**
             * Converts this TrialAssignment to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.TrialAssignment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TrialAssignment.prototype.toJSON = function() {
                return TrialAssignment.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TrialAssignment
             * @function getTypeUrl
             * @memberof hyperfleet.v1.TrialAssignment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TrialAssignment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.TrialAssignment";
            };

            return TrialAssignment;
        })();

        v1.Gpu = (function() {

            /**
             * Properties of a Gpu.
             * @typedef {Object} hyperfleet.v1.Gpu.$Properties
             * @property {number|null} [index] Gpu index
             * @property {string|null} [model] Gpu model
             * @property {number|Long|null} [memoryMib] Gpu memoryMib
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gpu.
             * @memberof hyperfleet.v1
             * @interface IGpu
             * @augments hyperfleet.v1.Gpu.$Properties
             * @deprecated Use hyperfleet.v1.Gpu.$Properties instead.
             */

            /**
             * Shape of a Gpu.
             * @typedef {hyperfleet.v1.Gpu.$Properties} hyperfleet.v1.Gpu.$Shape
             */

            /**
             * Constructs a new Gpu.
             * @memberof hyperfleet.v1
             * @classdesc Represents a Gpu.
             * @constructor
             * @param {hyperfleet.v1.Gpu.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gpu = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Gpu index.
             * @member {number} index
             * @memberof hyperfleet.v1.Gpu
             * @instance
             */
            Gpu.prototype.index = 0;

            /**
             * Gpu model.
             * @member {string} model
             * @memberof hyperfleet.v1.Gpu
             * @instance
             */
            Gpu.prototype.model = "";

            /**
             * Gpu memoryMib.
             * @member {number|Long} memoryMib
             * @memberof hyperfleet.v1.Gpu
             * @instance
             */
            Gpu.prototype.memoryMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Gpu instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {hyperfleet.v1.Gpu.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Gpu} Gpu instance
             * @type {{
             *   (properties: hyperfleet.v1.Gpu.$Shape): hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape;
             *   (properties?: hyperfleet.v1.Gpu.$Properties): hyperfleet.v1.Gpu;
             * }}
             */
            Gpu.create = function(properties) {
                return new Gpu(properties);
            };

            /**
             * Encodes the specified Gpu message. Does not implicitly {@link hyperfleet.v1.Gpu.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {hyperfleet.v1.Gpu.$Properties} message Gpu message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gpu.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.model);
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib") && (typeof message.memoryMib === "object" ? message.memoryMib.low || message.memoryMib.high : message.memoryMib !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryMib);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Gpu message, length delimited. Does not implicitly {@link hyperfleet.v1.Gpu.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {hyperfleet.v1.Gpu.$Properties} message Gpu message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gpu.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Gpu message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape} Gpu
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gpu.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Gpu();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMib = value;
                            else
                                delete message.memoryMib;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Gpu message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape} Gpu
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gpu.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Gpu message.
             * @function verify
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Gpu.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
                    if (!$util.isInteger(message.memoryMib) && !(message.memoryMib && $util.isInteger(message.memoryMib.low) && $util.isInteger(message.memoryMib.high)))
                        return "memoryMib: integer|Long expected";
                return null;
            };

            /**
             * Creates a Gpu message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Gpu} Gpu
             */
            Gpu.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Gpu)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Gpu: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Gpu();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.memoryMib != null)
                    if (typeof object.memoryMib === "object" ? object.memoryMib.low || object.memoryMib.high : $Number(object.memoryMib) !== 0)
                        if ($util.Long)
                            message.memoryMib = $util.Long.fromValue(object.memoryMib, true);
                        else if (typeof object.memoryMib === "string")
                            message.memoryMib = $parseInt(object.memoryMib, 10);
                        else if (typeof object.memoryMib === "number")
                            message.memoryMib = object.memoryMib;
                        else if (typeof object.memoryMib === "object")
                            message.memoryMib = new $util.LongBits(object.memoryMib.low >>> 0, object.memoryMib.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Gpu message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {hyperfleet.v1.Gpu} message Gpu
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gpu.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.index = 0;
                    object.model = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryMib = typeof message.memoryMib === "number" ? $BigInt(message.memoryMib) : $util.Long.fromBits(message.memoryMib.low >>> 0, message.memoryMib.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryMib === "number")
                        object.memoryMib = options.longs === $String ? $String(message.memoryMib) : message.memoryMib;
                    else
                        object.memoryMib = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMib) : options.longs === $Number ? new $util.LongBits(message.memoryMib.low >>> 0, message.memoryMib.high >>> 0).toNumber(true) : message.memoryMib;
                return object;
            };

            /**
             * Converts this Gpu to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Gpu
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gpu.prototype.toJSON = function() {
                return Gpu.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Gpu
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Gpu
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Gpu.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Gpu";
            };

            return Gpu;
        })();

        v1.Capabilities = (function() {

            /**
             * Properties of a Capabilities.
             * @typedef {Object} hyperfleet.v1.Capabilities.$Properties
             * @property {number|null} [cpus] Capabilities cpus
             * @property {number|Long|null} [memoryMib] Capabilities memoryMib
             * @property {Array.<hyperfleet.v1.Gpu.$Properties>|null} [gpus] Capabilities gpus
             * @property {Object.<string,string>|null} [labels] Capabilities labels
             * @property {Array.<string>|null} [runtimes] Capabilities runtimes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capabilities.
             * @memberof hyperfleet.v1
             * @interface ICapabilities
             * @augments hyperfleet.v1.Capabilities.$Properties
             * @deprecated Use hyperfleet.v1.Capabilities.$Properties instead.
             */

            /**
             * Shape of a Capabilities.
             * @typedef {hyperfleet.v1.Capabilities.$Properties} hyperfleet.v1.Capabilities.$Shape
             */

            /**
             * Constructs a new Capabilities.
             * @memberof hyperfleet.v1
             * @classdesc Represents a Capabilities.
             * @constructor
             * @param {hyperfleet.v1.Capabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capabilities = function (properties) {
                this.gpus = [];
                this.labels = {};
                this.runtimes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capabilities cpus.
             * @member {number} cpus
             * @memberof hyperfleet.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.cpus = 0;

            /**
             * Capabilities memoryMib.
             * @member {number|Long} memoryMib
             * @memberof hyperfleet.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.memoryMib = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capabilities gpus.
             * @member {Array.<hyperfleet.v1.Gpu.$Properties>} gpus
             * @memberof hyperfleet.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.gpus = $util.emptyArray;

            /**
             * Capabilities labels.
             * @member {Object.<string,string>} labels
             * @memberof hyperfleet.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.labels = $util.emptyObject;

            /**
             * Capabilities runtimes.
             * @member {Array.<string>} runtimes
             * @memberof hyperfleet.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.runtimes = $util.emptyArray;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {hyperfleet.v1.Capabilities.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.Capabilities} Capabilities instance
             * @type {{
             *   (properties: hyperfleet.v1.Capabilities.$Shape): hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape;
             *   (properties?: hyperfleet.v1.Capabilities.$Properties): hyperfleet.v1.Capabilities;
             * }}
             */
            Capabilities.create = function(properties) {
                return new Capabilities(properties);
            };

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link hyperfleet.v1.Capabilities.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {hyperfleet.v1.Capabilities.$Properties} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus") && !$Object.is(message.cpus, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.cpus);
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib") && (typeof message.memoryMib === "object" ? message.memoryMib.low || message.memoryMib.high : message.memoryMib !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryMib);
                if (message.gpus != null && message.gpus.length)
                    for (let i = 0; i < message.gpus.length; ++i)
                        $root.hyperfleet.v1.Gpu.encode(message.gpus[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.runtimes != null && message.runtimes.length)
                    for (let i = 0; i < message.runtimes.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.runtimes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link hyperfleet.v1.Capabilities.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {hyperfleet.v1.Capabilities.$Properties} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.Capabilities();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cpus = value;
                            else
                                delete message.cpus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryMib = value;
                            else
                                delete message.memoryMib;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.gpus && message.gpus.length))
                                message.gpus = [];
                            message.gpus.push($root.hyperfleet.v1.Gpu.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.runtimes && message.runtimes.length))
                                message.runtimes = [];
                            message.runtimes.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Capabilities message.
             * @function verify
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capabilities.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus"))
                    if (typeof message.cpus !== "number")
                        return "cpus: number expected";
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
                    if (!$util.isInteger(message.memoryMib) && !(message.memoryMib && $util.isInteger(message.memoryMib.low) && $util.isInteger(message.memoryMib.high)))
                        return "memoryMib: integer|Long expected";
                if (message.gpus != null && $Object.hasOwnProperty.call(message, "gpus")) {
                    if (!$Array.isArray(message.gpus))
                        return "gpus: array expected";
                    for (let i = 0; i < message.gpus.length; ++i) {
                        let error = $root.hyperfleet.v1.Gpu.verify(message.gpus[i], _depth + 1);
                        if (error)
                            return "gpus." + error;
                    }
                }
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = $Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.runtimes != null && $Object.hasOwnProperty.call(message, "runtimes")) {
                    if (!$Array.isArray(message.runtimes))
                        return "runtimes: array expected";
                    for (let i = 0; i < message.runtimes.length; ++i)
                        if (!$util.isString(message.runtimes[i]))
                            return "runtimes: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.Capabilities} Capabilities
             */
            Capabilities.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.Capabilities)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.Capabilities: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.Capabilities();
                if (object.cpus != null)
                    if (!$Object.is($Number(object.cpus), 0))
                        message.cpus = $Number(object.cpus);
                if (object.memoryMib != null)
                    if (typeof object.memoryMib === "object" ? object.memoryMib.low || object.memoryMib.high : $Number(object.memoryMib) !== 0)
                        if ($util.Long)
                            message.memoryMib = $util.Long.fromValue(object.memoryMib, true);
                        else if (typeof object.memoryMib === "string")
                            message.memoryMib = $parseInt(object.memoryMib, 10);
                        else if (typeof object.memoryMib === "number")
                            message.memoryMib = object.memoryMib;
                        else if (typeof object.memoryMib === "object")
                            message.memoryMib = new $util.LongBits(object.memoryMib.low >>> 0, object.memoryMib.high >>> 0).toNumber(true);
                if (object.gpus) {
                    if (!$Array.isArray(object.gpus))
                        throw $TypeError(".hyperfleet.v1.Capabilities.gpus: array expected");
                    message.gpus = $Array(object.gpus.length);
                    for (let i = 0; i < object.gpus.length; ++i) {
                        if (!$util.isObject(object.gpus[i]))
                            throw $TypeError(".hyperfleet.v1.Capabilities.gpus: object expected");
                        message.gpus[i] = $root.hyperfleet.v1.Gpu.fromObject(object.gpus[i], _depth + 1);
                    }
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".hyperfleet.v1.Capabilities.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.runtimes) {
                    if (!$Array.isArray(object.runtimes))
                        throw $TypeError(".hyperfleet.v1.Capabilities.runtimes: array expected");
                    message.runtimes = $Array(object.runtimes.length);
                    for (let i = 0; i < object.runtimes.length; ++i)
                        message.runtimes[i] = $String(object.runtimes[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {hyperfleet.v1.Capabilities} message Capabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capabilities.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.gpus = [];
                    object.runtimes = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.cpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryMib = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryMib = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus"))
                    object.cpus = options.json && !$isFinite(message.cpus) ? $String(message.cpus) : message.cpus;
                if (message.memoryMib != null && $Object.hasOwnProperty.call(message, "memoryMib"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryMib = typeof message.memoryMib === "number" ? $BigInt(message.memoryMib) : $util.Long.fromBits(message.memoryMib.low >>> 0, message.memoryMib.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryMib === "number")
                        object.memoryMib = options.longs === $String ? $String(message.memoryMib) : message.memoryMib;
                    else
                        object.memoryMib = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMib) : options.longs === $Number ? new $util.LongBits(message.memoryMib.low >>> 0, message.memoryMib.high >>> 0).toNumber(true) : message.memoryMib;
                if (message.gpus && message.gpus.length) {
                    object.gpus = $Array(message.gpus.length);
                    for (let j = 0; j < message.gpus.length; ++j)
                        object.gpus[j] = $root.hyperfleet.v1.Gpu.toObject(message.gpus[j], options, _depth + 1);
                }
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.runtimes && message.runtimes.length) {
                    object.runtimes = $Array(message.runtimes.length);
                    for (let j = 0; j < message.runtimes.length; ++j)
                        object.runtimes[j] = message.runtimes[j];
                }
                return object;
            };

            /**
             * Converts this Capabilities to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.Capabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capabilities.prototype.toJSON = function() {
                return Capabilities.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Capabilities
             * @function getTypeUrl
             * @memberof hyperfleet.v1.Capabilities
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capabilities.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.Capabilities";
            };

            return Capabilities;
        })();

        v1.WorkerAnnouncement = (function() {

            /**
             * Properties of a WorkerAnnouncement.
             * @typedef {Object} hyperfleet.v1.WorkerAnnouncement.$Properties
             * @property {string|null} [workerId] WorkerAnnouncement workerId
             * @property {string|null} [host] WorkerAnnouncement host
             * @property {hyperfleet.v1.Capabilities.$Properties|null} [capabilities] WorkerAnnouncement capabilities
             * @property {number|null} [slots] WorkerAnnouncement slots
             * @property {number|null} [freeSlots] WorkerAnnouncement freeSlots
             * @property {Array.<string>|null} [resourceClasses] WorkerAnnouncement resourceClasses
             * @property {number|Long|null} [sentUnixMs] WorkerAnnouncement sentUnixMs
             * @property {boolean|null} [leaving] WorkerAnnouncement leaving
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerAnnouncement.
             * @memberof hyperfleet.v1
             * @interface IWorkerAnnouncement
             * @augments hyperfleet.v1.WorkerAnnouncement.$Properties
             * @deprecated Use hyperfleet.v1.WorkerAnnouncement.$Properties instead.
             */

            /**
             * Shape of a WorkerAnnouncement.
             * @typedef {hyperfleet.v1.WorkerAnnouncement.$Properties} hyperfleet.v1.WorkerAnnouncement.$Shape
             */

            /**
             * Constructs a new WorkerAnnouncement.
             * @memberof hyperfleet.v1
             * @classdesc Represents a WorkerAnnouncement.
             * @constructor
             * @param {hyperfleet.v1.WorkerAnnouncement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerAnnouncement = function (properties) {
                this.resourceClasses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerAnnouncement workerId.
             * @member {string} workerId
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.workerId = "";

            /**
             * WorkerAnnouncement host.
             * @member {string} host
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.host = "";

            /**
             * WorkerAnnouncement capabilities.
             * @member {hyperfleet.v1.Capabilities.$Properties|null|undefined} capabilities
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.capabilities = null;

            /**
             * WorkerAnnouncement slots.
             * @member {number} slots
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.slots = 0;

            /**
             * WorkerAnnouncement freeSlots.
             * @member {number} freeSlots
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.freeSlots = 0;

            /**
             * WorkerAnnouncement resourceClasses.
             * @member {Array.<string>} resourceClasses
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.resourceClasses = $util.emptyArray;

            /**
             * WorkerAnnouncement sentUnixMs.
             * @member {number|Long} sentUnixMs
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.sentUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WorkerAnnouncement leaving.
             * @member {boolean} leaving
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             */
            WorkerAnnouncement.prototype.leaving = false;

            /**
             * Creates a new WorkerAnnouncement instance using the specified properties.
             * @function create
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {hyperfleet.v1.WorkerAnnouncement.$Properties=} [properties] Properties to set
             * @returns {hyperfleet.v1.WorkerAnnouncement} WorkerAnnouncement instance
             * @type {{
             *   (properties: hyperfleet.v1.WorkerAnnouncement.$Shape): hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape;
             *   (properties?: hyperfleet.v1.WorkerAnnouncement.$Properties): hyperfleet.v1.WorkerAnnouncement;
             * }}
             */
            WorkerAnnouncement.create = function(properties) {
                return new WorkerAnnouncement(properties);
            };

            /**
             * Encodes the specified WorkerAnnouncement message. Does not implicitly {@link hyperfleet.v1.WorkerAnnouncement.verify|verify} messages.
             * @function encode
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {hyperfleet.v1.WorkerAnnouncement.$Properties} message WorkerAnnouncement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerAnnouncement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId") && message.workerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workerId);
                if (message.host != null && $Object.hasOwnProperty.call(message, "host") && message.host !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.host);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    $root.hyperfleet.v1.Capabilities.encode(message.capabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.slots);
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots") && message.freeSlots !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.freeSlots);
                if (message.resourceClasses != null && message.resourceClasses.length)
                    for (let i = 0; i < message.resourceClasses.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.resourceClasses[i]);
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs") && (typeof message.sentUnixMs === "object" ? message.sentUnixMs.low || message.sentUnixMs.high : message.sentUnixMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.sentUnixMs);
                if (message.leaving != null && $Object.hasOwnProperty.call(message, "leaving") && message.leaving !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.leaving);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WorkerAnnouncement message, length delimited. Does not implicitly {@link hyperfleet.v1.WorkerAnnouncement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {hyperfleet.v1.WorkerAnnouncement.$Properties} message WorkerAnnouncement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerAnnouncement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WorkerAnnouncement message from the specified reader or buffer.
             * @function decode
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape} WorkerAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerAnnouncement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hyperfleet.v1.WorkerAnnouncement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerId = value;
                            else
                                delete message.workerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host = value;
                            else
                                delete message.host;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.capabilities = $root.hyperfleet.v1.Capabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.capabilities);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slots = value;
                            else
                                delete message.slots;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.freeSlots = value;
                            else
                                delete message.freeSlots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.resourceClasses && message.resourceClasses.length))
                                message.resourceClasses = [];
                            message.resourceClasses.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentUnixMs = value;
                            else
                                delete message.sentUnixMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leaving = value;
                            else
                                delete message.leaving;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WorkerAnnouncement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape} WorkerAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerAnnouncement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WorkerAnnouncement message.
             * @function verify
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerAnnouncement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    if (!$util.isString(message.workerId))
                        return "workerId: string expected";
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    if (!$util.isString(message.host))
                        return "host: string expected";
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    let error = $root.hyperfleet.v1.Capabilities.verify(message.capabilities, _depth + 1);
                    if (error)
                        return "capabilities." + error;
                }
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    if (!$util.isInteger(message.slots))
                        return "slots: integer expected";
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots"))
                    if (!$util.isInteger(message.freeSlots))
                        return "freeSlots: integer expected";
                if (message.resourceClasses != null && $Object.hasOwnProperty.call(message, "resourceClasses")) {
                    if (!$Array.isArray(message.resourceClasses))
                        return "resourceClasses: array expected";
                    for (let i = 0; i < message.resourceClasses.length; ++i)
                        if (!$util.isString(message.resourceClasses[i]))
                            return "resourceClasses: string[] expected";
                }
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs"))
                    if (!$util.isInteger(message.sentUnixMs) && !(message.sentUnixMs && $util.isInteger(message.sentUnixMs.low) && $util.isInteger(message.sentUnixMs.high)))
                        return "sentUnixMs: integer|Long expected";
                if (message.leaving != null && $Object.hasOwnProperty.call(message, "leaving"))
                    if (typeof message.leaving !== "boolean")
                        return "leaving: boolean expected";
                return null;
            };

            /**
             * Creates a WorkerAnnouncement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hyperfleet.v1.WorkerAnnouncement} WorkerAnnouncement
             */
            WorkerAnnouncement.fromObject = function (object, _depth) {
                if (object instanceof $root.hyperfleet.v1.WorkerAnnouncement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hyperfleet.v1.WorkerAnnouncement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hyperfleet.v1.WorkerAnnouncement();
                if (object.workerId != null)
                    if (typeof object.workerId !== "string" || object.workerId.length)
                        message.workerId = $String(object.workerId);
                if (object.host != null)
                    if (typeof object.host !== "string" || object.host.length)
                        message.host = $String(object.host);
                if (object.capabilities != null) {
                    if (!$util.isObject(object.capabilities))
                        throw $TypeError(".hyperfleet.v1.WorkerAnnouncement.capabilities: object expected");
                    message.capabilities = $root.hyperfleet.v1.Capabilities.fromObject(object.capabilities, _depth + 1);
                }
                if (object.slots != null)
                    if ($Number(object.slots) !== 0)
                        message.slots = object.slots >>> 0;
                if (object.freeSlots != null)
                    if ($Number(object.freeSlots) !== 0)
                        message.freeSlots = object.freeSlots >>> 0;
                if (object.resourceClasses) {
                    if (!$Array.isArray(object.resourceClasses))
                        throw $TypeError(".hyperfleet.v1.WorkerAnnouncement.resourceClasses: array expected");
                    message.resourceClasses = $Array(object.resourceClasses.length);
                    for (let i = 0; i < object.resourceClasses.length; ++i)
                        message.resourceClasses[i] = $String(object.resourceClasses[i]);
                }
                if (object.sentUnixMs != null)
                    if (typeof object.sentUnixMs === "object" ? object.sentUnixMs.low || object.sentUnixMs.high : $Number(object.sentUnixMs) !== 0)
                        if ($util.Long)
                            message.sentUnixMs = $util.Long.fromValue(object.sentUnixMs, false);
                        else if (typeof object.sentUnixMs === "string")
                            message.sentUnixMs = $parseInt(object.sentUnixMs, 10);
                        else if (typeof object.sentUnixMs === "number")
                            message.sentUnixMs = object.sentUnixMs;
                        else if (typeof object.sentUnixMs === "object")
                            message.sentUnixMs = new $util.LongBits(object.sentUnixMs.low >>> 0, object.sentUnixMs.high >>> 0).toNumber();
                if (object.leaving != null)
                    if (object.leaving)
                        message.leaving = $Boolean(object.leaving);
                return message;
            };

            /**
             * Creates a plain object from a WorkerAnnouncement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {hyperfleet.v1.WorkerAnnouncement} message WorkerAnnouncement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerAnnouncement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.resourceClasses = [];
                if (options.defaults) {
                    object.workerId = "";
                    object.host = "";
                    object.capabilities = null;
                    object.slots = 0;
                    object.freeSlots = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.leaving = false;
                }
                if (message.workerId != null && $Object.hasOwnProperty.call(message, "workerId"))
                    object.workerId = message.workerId;
                if (message.host != null && $Object.hasOwnProperty.call(message, "host"))
                    object.host = message.host;
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = $root.hyperfleet.v1.Capabilities.toObject(message.capabilities, options, _depth + 1);
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    object.slots = message.slots;
                if (message.freeSlots != null && $Object.hasOwnProperty.call(message, "freeSlots"))
                    object.freeSlots = message.freeSlots;
                if (message.resourceClasses && message.resourceClasses.length) {
                    object.resourceClasses = $Array(message.resourceClasses.length);
                    for (let j = 0; j < message.resourceClasses.length; ++j)
                        object.resourceClasses[j] = message.resourceClasses[j];
                }
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentUnixMs = typeof message.sentUnixMs === "number" ? $BigInt(message.sentUnixMs) : $util.Long.fromBits(message.sentUnixMs.low >>> 0, message.sentUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentUnixMs === "number")
                        object.sentUnixMs = options.longs === $String ? $String(message.sentUnixMs) : message.sentUnixMs;
                    else
                        object.sentUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentUnixMs) : options.longs === $Number ? new $util.LongBits(message.sentUnixMs.low >>> 0, message.sentUnixMs.high >>> 0).toNumber() : message.sentUnixMs;
                if (message.leaving != null && $Object.hasOwnProperty.call(message, "leaving"))
                    object.leaving = message.leaving;
                return object;
            };

            /**
             * Converts this WorkerAnnouncement to JSON.
             * @function toJSON
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerAnnouncement.prototype.toJSON = function() {
                return WorkerAnnouncement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkerAnnouncement
             * @function getTypeUrl
             * @memberof hyperfleet.v1.WorkerAnnouncement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerAnnouncement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hyperfleet.v1.WorkerAnnouncement";
            };

            return WorkerAnnouncement;
        })();

        return v1;
    })();

    return hyperfleet;
})();

export {
  $root as default
};
