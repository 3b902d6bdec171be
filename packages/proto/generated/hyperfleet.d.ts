import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace hyperfleet. */
export namespace hyperfleet {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a HyperparameterValue.
         * @deprecated Use hyperfleet.v1.HyperparameterValue.$Properties instead.
         */
        interface IHyperparameterValue extends hyperfleet.v1.HyperparameterValue.$Properties {
        }

        /** Represents a HyperparameterValue. */
        class HyperparameterValue {

            /**
             * Constructs a new HyperparameterValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.HyperparameterValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HyperparameterValue number. */
            number?: (number|null);

            /** HyperparameterValue integer. */
            integer?: (number|Long|null);

            /** HyperparameterValue text. */
            text?: (string|null);

            /** HyperparameterValue flag. */
            flag?: (boolean|null);

            /** HyperparameterValue kind. */
            kind?: ("number"|"integer"|"text"|"flag");

            /**
             * Creates a new HyperparameterValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HyperparameterValue instance
             */
            static create(properties: hyperfleet.v1.HyperparameterValue.$Shape): hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape;
            static create(properties?: hyperfleet.v1.HyperparameterValue.$Properties): hyperfleet.v1.HyperparameterValue;

            /**
             * Encodes the specified HyperparameterValue message. Does not implicitly {@link hyperfleet.v1.HyperparameterValue.verify|verify} messages.
             * @param message HyperparameterValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.HyperparameterValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HyperparameterValue message, length delimited. Does not implicitly {@link hyperfleet.v1.HyperparameterValue.verify|verify} messages.
             * @param message HyperparameterValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.HyperparameterValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HyperparameterValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape} HyperparameterValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape;

            /**
             * Decodes a HyperparameterValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape} HyperparameterValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.HyperparameterValue & hyperfleet.v1.HyperparameterValue.$Shape;

            /**
             * Verifies a HyperparameterValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HyperparameterValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HyperparameterValue
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.HyperparameterValue;

            /**
             * Creates a plain object from a HyperparameterValue message. Also converts values to other types if specified.
             * @param message HyperparameterValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.HyperparameterValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HyperparameterValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HyperparameterValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HyperparameterValue {

            /** Properties of a HyperparameterValue. */
            interface $Properties {

                /** HyperparameterValue number */
                number?: (number|null);

                /** HyperparameterValue integer */
                integer?: (number|Long|null);

                /** HyperparameterValue text */
                text?: (string|null);

                /** HyperparameterValue flag */
                flag?: (boolean|null);

                /** HyperparameterValue kind */
                kind?: ("number"|"integer"|"text"|"flag");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a HyperparameterValue. */
            type $Shape = {
              number?: number|null;
              integer?: number|Long|null;
              text?: string|null;
              flag?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; number?: null; integer?: null; text?: null; flag?: null }|{ kind?: "number"; number: number; integer?: null; text?: null; flag?: null }|{ kind?: "integer"; number?: null; integer: number|Long; text?: null; flag?: null }|{ kind?: "text"; number?: null; integer?: null; text: string; flag?: null }|{ kind?: "flag"; number?: null; integer?: null; text?: null; flag: boolean })
            );
        }

        /**
         * Properties of a ResourceRequest.
         * @deprecated Use hyperfleet.v1.ResourceRequest.$Properties instead.
         */
        interface IResourceRequest extends hyperfleet.v1.ResourceRequest.$Properties {
        }

        /** Represents a ResourceRequest. */
        class ResourceRequest {

            /**
             * Constructs a new ResourceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.ResourceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResourceRequest cpus. */
            cpus: number;

            /** ResourceRequest memoryMib. */
            memoryMib: (number|Long);

            /** ResourceRequest gpus. */
            gpus: number;

            /** ResourceRequest gpuModel. */
            gpuModel: string;

            /** ResourceRequest labels. */
            labels: { [k: string]: string };

            /**
             * Creates a new ResourceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResourceRequest instance
             */
            static create(properties: hyperfleet.v1.ResourceRequest.$Shape): hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape;
            static create(properties?: hyperfleet.v1.ResourceRequest.$Properties): hyperfleet.v1.ResourceRequest;

            /**
             * Encodes the specified ResourceRequest message. Does not implicitly {@link hyperfleet.v1.ResourceRequest.verify|verify} messages.
             * @param message ResourceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.ResourceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResourceRequest message, length delimited. Does not implicitly {@link hyperfleet.v1.ResourceRequest.verify|verify} messages.
             * @param message ResourceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.ResourceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResourceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape} ResourceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape;

            /**
             * Decodes a ResourceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape} ResourceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.ResourceRequest & hyperfleet.v1.ResourceRequest.$Shape;

            /**
             * Verifies a ResourceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResourceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResourceRequest
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.ResourceRequest;

            /**
             * Creates a plain object from a ResourceRequest message. Also converts values to other types if specified.
             * @param message ResourceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.ResourceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResourceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResourceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResourceRequest {

            /** Properties of a ResourceRequest. */
            interface $Properties {

                /** ResourceRequest cpus */
                cpus?: (number|null);

                /** ResourceRequest memoryMib */
                memoryMib?: (number|Long|null);

                /** ResourceRequest gpus */
                gpus?: (number|null);

                /** ResourceRequest gpuModel */
                gpuModel?: (string|null);

                /** ResourceRequest labels */
                labels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResourceRequest. */
            type $Shape = hyperfleet.v1.ResourceRequest.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use hyperfleet.v1.Error.$Properties instead.
         */
        interface IError extends hyperfleet.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error retryable. */
            retryable: boolean;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: hyperfleet.v1.Error.$Shape): hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape;
            static create(properties?: hyperfleet.v1.Error.$Properties): hyperfleet.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link hyperfleet.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link hyperfleet.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Error & hyperfleet.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error retryable */
                retryable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = hyperfleet.v1.Error.$Properties;
        }

        /**
         * Properties of a Control.
         * @deprecated Use hyperfleet.v1.Control.$Properties instead.
         */
        interface IControl extends hyperfleet.v1.Control.$Properties {
        }

        /** Represents a Control. */
        class Control {

            /**
             * Constructs a new Control.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Control.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Control stopTrial. */
            stopTrial?: (hyperfleet.v1.Control.StopTrial.$Properties|null);

            /** Control drain. */
            drain?: (hyperfleet.v1.Control.Drain.$Properties|null);

            /** Control dropArtifacts. */
            dropArtifacts?: (hyperfleet.v1.Control.DropArtifacts.$Properties|null);

            /** Control command. */
            command?: ("stopTrial"|"drain"|"dropArtifacts");

            /**
             * Creates a new Control instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Control instance
             */
            static create(properties: hyperfleet.v1.Control.$Shape): hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape;
            static create(properties?: hyperfleet.v1.Control.$Properties): hyperfleet.v1.Control;

            /**
             * Encodes the specified Control message. Does not implicitly {@link hyperfleet.v1.Control.verify|verify} messages.
             * @param message Control message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Control message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.verify|verify} messages.
             * @param message Control message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Control message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape} Control
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape;

            /**
             * Decodes a Control message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape} Control
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Control & hyperfleet.v1.Control.$Shape;

            /**
             * Verifies a Control message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Control message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Control
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Control;

            /**
             * Creates a plain object from a Control message. Also converts values to other types if specified.
             * @param message Control
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Control, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Control to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Control
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Control {

            /** Properties of a Control. */
            interface $Properties {

                /** Control stopTrial */
                stopTrial?: (hyperfleet.v1.Control.StopTrial.$Properties|null);

                /** Control drain */
                drain?: (hyperfleet.v1.Control.Drain.$Properties|null);

                /** Control dropArtifacts */
                dropArtifacts?: (hyperfleet.v1.Control.DropArtifacts.$Properties|null);

                /** Control command */
                command?: ("stopTrial"|"drain"|"dropArtifacts");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Control. */
            type $Shape = {
              stopTrial?: hyperfleet.v1.Control.StopTrial.$Shape|null;
              drain?: hyperfleet.v1.Control.Drain.$Shape|null;
              dropArtifacts?: hyperfleet.v1.Control.DropArtifacts.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; stopTrial?: null; drain?: null; dropArtifacts?: null }|{ command?: "stopTrial"; stopTrial: hyperfleet.v1.Control.StopTrial.$Shape; drain?: null; dropArtifacts?: null }|{ command?: "drain"; stopTrial?: null; drain: hyperfleet.v1.Control.Drain.$Shape; dropArtifacts?: null }|{ command?: "dropArtifacts"; stopTrial?: null; drain?: null; dropArtifacts: hyperfleet.v1.Control.DropArtifacts.$Shape })
            );

            /**
             * Properties of a StopTrial.
             * @deprecated Use hyperfleet.v1.Control.StopTrial.$Properties instead.
             */
            interface IStopTrial extends hyperfleet.v1.Control.StopTrial.$Properties {
            }

            /** Represents a StopTrial. */
            class StopTrial {

                /**
                 * Constructs a new StopTrial.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hyperfleet.v1.Control.StopTrial.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StopTrial jobId. */
                jobId: string;

                /** StopTrial trialId. */
                trialId: (number|Long);

                /** StopTrial attempt. */
                attempt: number;

                /** StopTrial reason. */
                reason: string;

                /**
                 * Creates a new StopTrial instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopTrial instance
                 */
                static create(properties: hyperfleet.v1.Control.StopTrial.$Shape): hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape;
                static create(properties?: hyperfleet.v1.Control.StopTrial.$Properties): hyperfleet.v1.Control.StopTrial;

                /**
                 * Encodes the specified StopTrial message. Does not implicitly {@link hyperfleet.v1.Control.StopTrial.verify|verify} messages.
                 * @param message StopTrial message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hyperfleet.v1.Control.StopTrial.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StopTrial message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.StopTrial.verify|verify} messages.
                 * @param message StopTrial message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: hyperfleet.v1.Control.StopTrial.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopTrial message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape} StopTrial
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape;

                /**
                 * Decodes a StopTrial message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape} StopTrial
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Control.StopTrial & hyperfleet.v1.Control.StopTrial.$Shape;

                /**
                 * Verifies a StopTrial message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StopTrial message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StopTrial
                 */
                static fromObject(object: { [k: string]: any }): hyperfleet.v1.Control.StopTrial;

                /**
                 * Creates a plain object from a StopTrial message. Also converts values to other types if specified.
                 * @param message StopTrial
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hyperfleet.v1.Control.StopTrial, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StopTrial to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StopTrial
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StopTrial {

                /** Properties of a StopTrial. */
                interface $Properties {

                    /** StopTrial jobId */
                    jobId?: (string|null);

                    /** StopTrial trialId */
                    trialId?: (number|Long|null);

                    /** StopTrial attempt */
                    attempt?: (number|null);

                    /** StopTrial reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StopTrial. */
                type $Shape = hyperfleet.v1.Control.StopTrial.$Properties;
            }

            /**
             * Properties of a Drain.
             * @deprecated Use hyperfleet.v1.Control.Drain.$Properties instead.
             */
            interface IDrain extends hyperfleet.v1.Control.Drain.$Properties {
            }

            /** Represents a Drain. */
            class Drain {

                /**
                 * Constructs a new Drain.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hyperfleet.v1.Control.Drain.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Drain graceSeconds. */
                graceSeconds: number;

                /**
                 * Creates a new Drain instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Drain instance
                 */
                static create(properties: hyperfleet.v1.Control.Drain.$Shape): hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape;
                static create(properties?: hyperfleet.v1.Control.Drain.$Properties): hyperfleet.v1.Control.Drain;

                /**
                 * Encodes the specified Drain message. Does not implicitly {@link hyperfleet.v1.Control.Drain.verify|verify} messages.
                 * @param message Drain message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hyperfleet.v1.Control.Drain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Drain message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.Drain.verify|verify} messages.
                 * @param message Drain message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: hyperfleet.v1.Control.Drain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Drain message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape} Drain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape;

                /**
                 * Decodes a Drain message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape} Drain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Control.Drain & hyperfleet.v1.Control.Drain.$Shape;

                /**
                 * Verifies a Drain message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Drain message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Drain
                 */
                static fromObject(object: { [k: string]: any }): hyperfleet.v1.Control.Drain;

                /**
                 * Creates a plain object from a Drain message. Also converts values to other types if specified.
                 * @param message Drain
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hyperfleet.v1.Control.Drain, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Drain to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Drain
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Drain {

                /** Properties of a Drain. */
                interface $Properties {

                    /** Drain graceSeconds */
                    graceSeconds?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Drain. */
                type $Shape = hyperfleet.v1.Control.Drain.$Properties;
            }

            /**
             * Properties of a DropArtifacts.
             * @deprecated Use hyperfleet.v1.Control.DropArtifacts.$Properties instead.
             */
            interface IDropArtifacts extends hyperfleet.v1.Control.DropArtifacts.$Properties {
            }

            /** Represents a DropArtifacts. */
            class DropArtifacts {

                /**
                 * Constructs a new DropArtifacts.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hyperfleet.v1.Control.DropArtifacts.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DropArtifacts jobId. */
                jobId: string;

                /** DropArtifacts trialId. */
                trialId: (number|Long);

                /** DropArtifacts attempt. */
                attempt: number;

                /** DropArtifacts path. */
                path: string;

                /**
                 * Creates a new DropArtifacts instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DropArtifacts instance
                 */
                static create(properties: hyperfleet.v1.Control.DropArtifacts.$Shape): hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape;
                static create(properties?: hyperfleet.v1.Control.DropArtifacts.$Properties): hyperfleet.v1.Control.DropArtifacts;

                /**
                 * Encodes the specified DropArtifacts message. Does not implicitly {@link hyperfleet.v1.Control.DropArtifacts.verify|verify} messages.
                 * @param message DropArtifacts message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hyperfleet.v1.Control.DropArtifacts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DropArtifacts message, length delimited. Does not implicitly {@link hyperfleet.v1.Control.DropArtifacts.verify|verify} messages.
                 * @param message DropArtifacts message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: hyperfleet.v1.Control.DropArtifacts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DropArtifacts message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape} DropArtifacts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape;

                /**
                 * Decodes a DropArtifacts message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape} DropArtifacts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Control.DropArtifacts & hyperfleet.v1.Control.DropArtifacts.$Shape;

                /**
                 * Verifies a DropArtifacts message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DropArtifacts message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DropArtifacts
                 */
                static fromObject(object: { [k: string]: any }): hyperfleet.v1.Control.DropArtifacts;

                /**
                 * Creates a plain object from a DropArtifacts message. Also converts values to other types if specified.
                 * @param message DropArtifacts
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hyperfleet.v1.Control.DropArtifacts, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DropArtifacts to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DropArtifacts
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DropArtifacts {

                /** Properties of a DropArtifacts. */
                interface $Properties {

                    /** DropArtifacts jobId */
                    jobId?: (string|null);

                    /** DropArtifacts trialId */
                    trialId?: (number|Long|null);

                    /** DropArtifacts attempt */
                    attempt?: (number|null);

                    /** DropArtifacts path */
                    path?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DropArtifacts. */
                type $Shape = hyperfleet.v1.Control.DropArtifacts.$Properties;
            }
        }

        /**
         * Properties of a Claim.
         * @deprecated Use hyperfleet.v1.Claim.$Properties instead.
         */
        interface IClaim extends hyperfleet.v1.Claim.$Properties {
        }

        /** Represents a Claim. */
        class Claim {

            /**
             * Constructs a new Claim.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Claim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Claim jobId. */
            jobId: string;

            /** Claim trialId. */
            trialId: (number|Long);

            /** Claim attempt. */
            attempt: number;

            /** Claim workerId. */
            workerId: string;

            /** Claim claimedUnixMs. */
            claimedUnixMs: (number|Long);

            /** Claim delivery. */
            delivery: number;

            /**
             * Creates a new Claim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Claim instance
             */
            static create(properties: hyperfleet.v1.Claim.$Shape): hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape;
            static create(properties?: hyperfleet.v1.Claim.$Properties): hyperfleet.v1.Claim;

            /**
             * Encodes the specified Claim message. Does not implicitly {@link hyperfleet.v1.Claim.verify|verify} messages.
             * @param message Claim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Claim message, length delimited. Does not implicitly {@link hyperfleet.v1.Claim.verify|verify} messages.
             * @param message Claim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Claim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Claim message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape} Claim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape;

            /**
             * Decodes a Claim message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape} Claim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Claim & hyperfleet.v1.Claim.$Shape;

            /**
             * Verifies a Claim message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Claim message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Claim
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Claim;

            /**
             * Creates a plain object from a Claim message. Also converts values to other types if specified.
             * @param message Claim
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Claim, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Claim to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Claim
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Claim {

            /** Properties of a Claim. */
            interface $Properties {

                /** Claim jobId */
                jobId?: (string|null);

                /** Claim trialId */
                trialId?: (number|Long|null);

                /** Claim attempt */
                attempt?: (number|null);

                /** Claim workerId */
                workerId?: (string|null);

                /** Claim claimedUnixMs */
                claimedUnixMs?: (number|Long|null);

                /** Claim delivery */
                delivery?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Claim. */
            type $Shape = hyperfleet.v1.Claim.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use hyperfleet.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends hyperfleet.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat jobId. */
            jobId: string;

            /** Heartbeat trialId. */
            trialId: (number|Long);

            /** Heartbeat attempt. */
            attempt: number;

            /** Heartbeat workerId. */
            workerId: string;

            /** Heartbeat sentUnixMs. */
            sentUnixMs: (number|Long);

            /** Heartbeat delivery. */
            delivery: number;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: hyperfleet.v1.Heartbeat.$Shape): hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape;
            static create(properties?: hyperfleet.v1.Heartbeat.$Properties): hyperfleet.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link hyperfleet.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link hyperfleet.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Heartbeat & hyperfleet.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat jobId */
                jobId?: (string|null);

                /** Heartbeat trialId */
                trialId?: (number|Long|null);

                /** Heartbeat attempt */
                attempt?: (number|null);

                /** Heartbeat workerId */
                workerId?: (string|null);

                /** Heartbeat sentUnixMs */
                sentUnixMs?: (number|Long|null);

                /** Heartbeat delivery */
                delivery?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = hyperfleet.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a MetricPoint.
         * @deprecated Use hyperfleet.v1.MetricPoint.$Properties instead.
         */
        interface IMetricPoint extends hyperfleet.v1.MetricPoint.$Properties {
        }

        /** Represents a MetricPoint. */
        class MetricPoint {

            /**
             * Constructs a new MetricPoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.MetricPoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricPoint name. */
            name: string;

            /** MetricPoint value. */
            value: number;

            /** MetricPoint step. */
            step: (number|Long);

            /** MetricPoint timestampUnixMs. */
            timestampUnixMs: (number|Long);

            /**
             * Creates a new MetricPoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricPoint instance
             */
            static create(properties: hyperfleet.v1.MetricPoint.$Shape): hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape;
            static create(properties?: hyperfleet.v1.MetricPoint.$Properties): hyperfleet.v1.MetricPoint;

            /**
             * Encodes the specified MetricPoint message. Does not implicitly {@link hyperfleet.v1.MetricPoint.verify|verify} messages.
             * @param message MetricPoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.MetricPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MetricPoint message, length delimited. Does not implicitly {@link hyperfleet.v1.MetricPoint.verify|verify} messages.
             * @param message MetricPoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.MetricPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricPoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape} MetricPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape;

            /**
             * Decodes a MetricPoint message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape} MetricPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.MetricPoint & hyperfleet.v1.MetricPoint.$Shape;

            /**
             * Verifies a MetricPoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricPoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetricPoint
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.MetricPoint;

            /**
             * Creates a plain object from a MetricPoint message. Also converts values to other types if specified.
             * @param message MetricPoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.MetricPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricPoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetricPoint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetricPoint {

            /** Properties of a MetricPoint. */
            interface $Properties {

                /** MetricPoint name */
                name?: (string|null);

                /** MetricPoint value */
                value?: (number|null);

                /** MetricPoint step */
                step?: (number|Long|null);

                /** MetricPoint timestampUnixMs */
                timestampUnixMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricPoint. */
            type $Shape = hyperfleet.v1.MetricPoint.$Properties;
        }

        /**
         * Properties of a MetricReport.
         * @deprecated Use hyperfleet.v1.MetricReport.$Properties instead.
         */
        interface IMetricReport extends hyperfleet.v1.MetricReport.$Properties {
        }

        /** Represents a MetricReport. */
        class MetricReport {

            /**
             * Constructs a new MetricReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.MetricReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricReport jobId. */
            jobId: string;

            /** MetricReport trialId. */
            trialId: (number|Long);

            /** MetricReport attempt. */
            attempt: number;

            /** MetricReport workerId. */
            workerId: string;

            /** MetricReport points. */
            points: hyperfleet.v1.MetricPoint.$Properties[];

            /** MetricReport delivery. */
            delivery: number;

            /**
             * Creates a new MetricReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricReport instance
             */
            static create(properties: hyperfleet.v1.MetricReport.$Shape): hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape;
            static create(properties?: hyperfleet.v1.MetricReport.$Properties): hyperfleet.v1.MetricReport;

            /**
             * Encodes the specified MetricReport message. Does not implicitly {@link hyperfleet.v1.MetricReport.verify|verify} messages.
             * @param message MetricReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.MetricReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MetricReport message, length delimited. Does not implicitly {@link hyperfleet.v1.MetricReport.verify|verify} messages.
             * @param message MetricReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.MetricReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape} MetricReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape;

            /**
             * Decodes a MetricReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape} MetricReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.MetricReport & hyperfleet.v1.MetricReport.$Shape;

            /**
             * Verifies a MetricReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetricReport
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.MetricReport;

            /**
             * Creates a plain object from a MetricReport message. Also converts values to other types if specified.
             * @param message MetricReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.MetricReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetricReport
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetricReport {

            /** Properties of a MetricReport. */
            interface $Properties {

                /** MetricReport jobId */
                jobId?: (string|null);

                /** MetricReport trialId */
                trialId?: (number|Long|null);

                /** MetricReport attempt */
                attempt?: (number|null);

                /** MetricReport workerId */
                workerId?: (string|null);

                /** MetricReport points */
                points?: (hyperfleet.v1.MetricPoint.$Properties[]|null);

                /** MetricReport delivery */
                delivery?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricReport. */
            type $Shape = hyperfleet.v1.MetricReport.$Properties;
        }

        /**
         * Properties of a LogLines.
         * @deprecated Use hyperfleet.v1.LogLines.$Properties instead.
         */
        interface ILogLines extends hyperfleet.v1.LogLines.$Properties {
        }

        /** Represents a LogLines. */
        class LogLines {

            /**
             * Constructs a new LogLines.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.LogLines.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogLines jobId. */
            jobId: string;

            /** LogLines trialId. */
            trialId: (number|Long);

            /** LogLines attempt. */
            attempt: number;

            /** LogLines workerId. */
            workerId: string;

            /** LogLines delivery. */
            delivery: number;

            /** LogLines lines. */
            lines: string[];

            /** LogLines dropped. */
            dropped: number;

            /**
             * Creates a new LogLines instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogLines instance
             */
            static create(properties: hyperfleet.v1.LogLines.$Shape): hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape;
            static create(properties?: hyperfleet.v1.LogLines.$Properties): hyperfleet.v1.LogLines;

            /**
             * Encodes the specified LogLines message. Does not implicitly {@link hyperfleet.v1.LogLines.verify|verify} messages.
             * @param message LogLines message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.LogLines.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LogLines message, length delimited. Does not implicitly {@link hyperfleet.v1.LogLines.verify|verify} messages.
             * @param message LogLines message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.LogLines.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogLines message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape;

            /**
             * Decodes a LogLines message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape} LogLines
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.LogLines & hyperfleet.v1.LogLines.$Shape;

            /**
             * Verifies a LogLines message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LogLines message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogLines
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.LogLines;

            /**
             * Creates a plain object from a LogLines message. Also converts values to other types if specified.
             * @param message LogLines
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.LogLines, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogLines to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogLines
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogLines {

            /** Properties of a LogLines. */
            interface $Properties {

                /** LogLines jobId */
                jobId?: (string|null);

                /** LogLines trialId */
                trialId?: (number|Long|null);

                /** LogLines attempt */
                attempt?: (number|null);

                /** LogLines workerId */
                workerId?: (string|null);

                /** LogLines delivery */
                delivery?: (number|null);

                /** LogLines lines */
                lines?: (string[]|null);

                /** LogLines dropped */
                dropped?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogLines. */
            type $Shape = hyperfleet.v1.LogLines.$Properties;
        }

        /**
         * Properties of a TrialResult.
         * @deprecated Use hyperfleet.v1.TrialResult.$Properties instead.
         */
        interface ITrialResult extends hyperfleet.v1.TrialResult.$Properties {
        }

        /** Represents a TrialResult. */
        class TrialResult {

            /**
             * Constructs a new TrialResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.TrialResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrialResult jobId. */
            jobId: string;

            /** TrialResult trialId. */
            trialId: (number|Long);

            /** TrialResult attempt. */
            attempt: number;

            /** TrialResult workerId. */
            workerId: string;

            /** TrialResult status. */
            status: hyperfleet.v1.TrialResult.Status;

            /** TrialResult error. */
            error?: (hyperfleet.v1.Error.$Properties|null);

            /** TrialResult finalMetrics. */
            finalMetrics: hyperfleet.v1.MetricPoint.$Properties[];

            /** TrialResult finishedUnixMs. */
            finishedUnixMs: (number|Long);

            /** TrialResult logTail. */
            logTail: string[];

            /** TrialResult delivery. */
            delivery: number;

            /** TrialResult artifactsHost. */
            artifactsHost: string;

            /** TrialResult artifactsPath. */
            artifactsPath: string;

            /**
             * Creates a new TrialResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrialResult instance
             */
            static create(properties: hyperfleet.v1.TrialResult.$Shape): hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape;
            static create(properties?: hyperfleet.v1.TrialResult.$Properties): hyperfleet.v1.TrialResult;

            /**
             * Encodes the specified TrialResult message. Does not implicitly {@link hyperfleet.v1.TrialResult.verify|verify} messages.
             * @param message TrialResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.TrialResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TrialResult message, length delimited. Does not implicitly {@link hyperfleet.v1.TrialResult.verify|verify} messages.
             * @param message TrialResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.TrialResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrialResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape} TrialResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape;

            /**
             * Decodes a TrialResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape} TrialResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.TrialResult & hyperfleet.v1.TrialResult.$Shape;

            /**
             * Verifies a TrialResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TrialResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TrialResult
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.TrialResult;

            /**
             * Creates a plain object from a TrialResult message. Also converts values to other types if specified.
             * @param message TrialResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.TrialResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrialResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TrialResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrialResult {

            /** Properties of a TrialResult. */
            interface $Properties {

                /** TrialResult jobId */
                jobId?: (string|null);

                /** TrialResult trialId */
                trialId?: (number|Long|null);

                /** TrialResult attempt */
                attempt?: (number|null);

                /** TrialResult workerId */
                workerId?: (string|null);

                /** TrialResult status */
                status?: (hyperfleet.v1.TrialResult.Status|null);

                /** TrialResult error */
                error?: (hyperfleet.v1.Error.$Properties|null);

                /** TrialResult finalMetrics */
                finalMetrics?: (hyperfleet.v1.MetricPoint.$Properties[]|null);

                /** TrialResult finishedUnixMs */
                finishedUnixMs?: (number|Long|null);

                /** TrialResult logTail */
                logTail?: (string[]|null);

                /** TrialResult delivery */
                delivery?: (number|null);

                /** TrialResult artifactsHost */
                artifactsHost?: (string|null);

                /** TrialResult artifactsPath */
                artifactsPath?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrialResult. */
            type $Shape = hyperfleet.v1.TrialResult.$Properties;

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** STATUS_COMPLETED value */
                STATUS_COMPLETED = 1,

                /** STATUS_FAILED value */
                STATUS_FAILED = 2,

                /** STATUS_STOPPED value */
                STATUS_STOPPED = 3
            }
        }

        /**
         * Properties of a Release.
         * @deprecated Use hyperfleet.v1.Release.$Properties instead.
         */
        interface IRelease extends hyperfleet.v1.Release.$Properties {
        }

        /** Represents a Release. */
        class Release {

            /**
             * Constructs a new Release.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Release.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Release jobId. */
            jobId: string;

            /** Release trialId. */
            trialId: (number|Long);

            /** Release attempt. */
            attempt: number;

            /** Release workerId. */
            workerId: string;

            /** Release delivery. */
            delivery: number;

            /** Release reason. */
            reason: string;

            /** Release lost. */
            lost: number;

            /** Release requeue. */
            requeue: boolean;

            /**
             * Creates a new Release instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Release instance
             */
            static create(properties: hyperfleet.v1.Release.$Shape): hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape;
            static create(properties?: hyperfleet.v1.Release.$Properties): hyperfleet.v1.Release;

            /**
             * Encodes the specified Release message. Does not implicitly {@link hyperfleet.v1.Release.verify|verify} messages.
             * @param message Release message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Release message, length delimited. Does not implicitly {@link hyperfleet.v1.Release.verify|verify} messages.
             * @param message Release message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Release.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Release message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape} Release
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape;

            /**
             * Decodes a Release message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape} Release
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Release & hyperfleet.v1.Release.$Shape;

            /**
             * Verifies a Release message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Release message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Release
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Release;

            /**
             * Creates a plain object from a Release message. Also converts values to other types if specified.
             * @param message Release
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Release, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Release to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Release
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Release {

            /** Properties of a Release. */
            interface $Properties {

                /** Release jobId */
                jobId?: (string|null);

                /** Release trialId */
                trialId?: (number|Long|null);

                /** Release attempt */
                attempt?: (number|null);

                /** Release workerId */
                workerId?: (string|null);

                /** Release delivery */
                delivery?: (number|null);

                /** Release reason */
                reason?: (string|null);

                /** Release lost */
                lost?: (number|null);

                /** Release requeue */
                requeue?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Release. */
            type $Shape = hyperfleet.v1.Release.$Properties;
        }

        /**
         * Properties of an Unschedulable.
         * @deprecated Use hyperfleet.v1.Unschedulable.$Properties instead.
         */
        interface IUnschedulable extends hyperfleet.v1.Unschedulable.$Properties {
        }

        /** Represents an Unschedulable. */
        class Unschedulable {

            /**
             * Constructs a new Unschedulable.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Unschedulable.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Unschedulable jobId. */
            jobId: string;

            /** Unschedulable trialId. */
            trialId: (number|Long);

            /** Unschedulable attempt. */
            attempt: number;

            /** Unschedulable resourceClass. */
            resourceClass: string;

            /** Unschedulable reason. */
            reason: string;

            /**
             * Creates a new Unschedulable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Unschedulable instance
             */
            static create(properties: hyperfleet.v1.Unschedulable.$Shape): hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape;
            static create(properties?: hyperfleet.v1.Unschedulable.$Properties): hyperfleet.v1.Unschedulable;

            /**
             * Encodes the specified Unschedulable message. Does not implicitly {@link hyperfleet.v1.Unschedulable.verify|verify} messages.
             * @param message Unschedulable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Unschedulable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Unschedulable message, length delimited. Does not implicitly {@link hyperfleet.v1.Unschedulable.verify|verify} messages.
             * @param message Unschedulable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Unschedulable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Unschedulable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape} Unschedulable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape;

            /**
             * Decodes an Unschedulable message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape} Unschedulable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Unschedulable & hyperfleet.v1.Unschedulable.$Shape;

            /**
             * Verifies an Unschedulable message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Unschedulable message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Unschedulable
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Unschedulable;

            /**
             * Creates a plain object from an Unschedulable message. Also converts values to other types if specified.
             * @param message Unschedulable
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Unschedulable, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Unschedulable to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Unschedulable
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Unschedulable {

            /** Properties of an Unschedulable. */
            interface $Properties {

                /** Unschedulable jobId */
                jobId?: (string|null);

                /** Unschedulable trialId */
                trialId?: (number|Long|null);

                /** Unschedulable attempt */
                attempt?: (number|null);

                /** Unschedulable resourceClass */
                resourceClass?: (string|null);

                /** Unschedulable reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Unschedulable. */
            type $Shape = hyperfleet.v1.Unschedulable.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use hyperfleet.v1.Event.$Properties instead.
         */
        interface IEvent extends hyperfleet.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event claim. */
            claim?: (hyperfleet.v1.Claim.$Properties|null);

            /** Event heartbeat. */
            heartbeat?: (hyperfleet.v1.Heartbeat.$Properties|null);

            /** Event metrics. */
            metrics?: (hyperfleet.v1.MetricReport.$Properties|null);

            /** Event result. */
            result?: (hyperfleet.v1.TrialResult.$Properties|null);

            /** Event unschedulable. */
            unschedulable?: (hyperfleet.v1.Unschedulable.$Properties|null);

            /** Event released. */
            released?: (hyperfleet.v1.Release.$Properties|null);

            /** Event logs. */
            logs?: (hyperfleet.v1.LogLines.$Properties|null);

            /** Event kind. */
            kind?: ("claim"|"heartbeat"|"metrics"|"result"|"unschedulable"|"released"|"logs");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: hyperfleet.v1.Event.$Shape): hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape;
            static create(properties?: hyperfleet.v1.Event.$Properties): hyperfleet.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link hyperfleet.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link hyperfleet.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Event & hyperfleet.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event claim */
                claim?: (hyperfleet.v1.Claim.$Properties|null);

                /** Event heartbeat */
                heartbeat?: (hyperfleet.v1.Heartbeat.$Properties|null);

                /** Event metrics */
                metrics?: (hyperfleet.v1.MetricReport.$Properties|null);

                /** Event result */
                result?: (hyperfleet.v1.TrialResult.$Properties|null);

                /** Event unschedulable */
                unschedulable?: (hyperfleet.v1.Unschedulable.$Properties|null);

                /** Event released */
                released?: (hyperfleet.v1.Release.$Properties|null);

                /** Event logs */
                logs?: (hyperfleet.v1.LogLines.$Properties|null);

                /** Event kind */
                kind?: ("claim"|"heartbeat"|"metrics"|"result"|"unschedulable"|"released"|"logs");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Event. */
            type $Shape = {
              claim?: hyperfleet.v1.Claim.$Shape|null;
              heartbeat?: hyperfleet.v1.Heartbeat.$Shape|null;
              metrics?: hyperfleet.v1.MetricReport.$Shape|null;
              result?: hyperfleet.v1.TrialResult.$Shape|null;
              unschedulable?: hyperfleet.v1.Unschedulable.$Shape|null;
              released?: hyperfleet.v1.Release.$Shape|null;
              logs?: hyperfleet.v1.LogLines.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "claim"; claim: hyperfleet.v1.Claim.$Shape; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "heartbeat"; claim?: null; heartbeat: hyperfleet.v1.Heartbeat.$Shape; metrics?: null; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "metrics"; claim?: null; heartbeat?: null; metrics: hyperfleet.v1.MetricReport.$Shape; result?: null; unschedulable?: null; released?: null; logs?: null }|{ kind?: "result"; claim?: null; heartbeat?: null; metrics?: null; result: hyperfleet.v1.TrialResult.$Shape; unschedulable?: null; released?: null; logs?: null }|{ kind?: "unschedulable"; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable: hyperfleet.v1.Unschedulable.$Shape; released?: null; logs?: null }|{ kind?: "released"; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released: hyperfleet.v1.Release.$Shape; logs?: null }|{ kind?: "logs"; claim?: null; heartbeat?: null; metrics?: null; result?: null; unschedulable?: null; released?: null; logs: hyperfleet.v1.LogLines.$Shape })
            );
        }

        /**
         * Properties of a TrainingSpec.
         * @deprecated Use hyperfleet.v1.TrainingSpec.$Properties instead.
         */
        interface ITrainingSpec extends hyperfleet.v1.TrainingSpec.$Properties {
        }

        /** Represents a TrainingSpec. */
        class TrainingSpec {

            /**
             * Constructs a new TrainingSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.TrainingSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrainingSpec runtime. */
            runtime: hyperfleet.v1.TrainingSpec.Runtime;

            /** TrainingSpec command. */
            command: string[];

            /** TrainingSpec image. */
            image: string;

            /** TrainingSpec environment. */
            environment: { [k: string]: string };

            /** TrainingSpec metricDefinitions. */
            metricDefinitions: hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties[];

            /** TrainingSpec objectiveMetric. */
            objectiveMetric: string;

            /** TrainingSpec dataChannels. */
            dataChannels: { [k: string]: string };

            /**
             * Creates a new TrainingSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrainingSpec instance
             */
            static create(properties: hyperfleet.v1.TrainingSpec.$Shape): hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape;
            static create(properties?: hyperfleet.v1.TrainingSpec.$Properties): hyperfleet.v1.TrainingSpec;

            /**
             * Encodes the specified TrainingSpec message. Does not implicitly {@link hyperfleet.v1.TrainingSpec.verify|verify} messages.
             * @param message TrainingSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.TrainingSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TrainingSpec message, length delimited. Does not implicitly {@link hyperfleet.v1.TrainingSpec.verify|verify} messages.
             * @param message TrainingSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.TrainingSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrainingSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape} TrainingSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape;

            /**
             * Decodes a TrainingSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape} TrainingSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.TrainingSpec & hyperfleet.v1.TrainingSpec.$Shape;

            /**
             * Verifies a TrainingSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TrainingSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TrainingSpec
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.TrainingSpec;

            /**
             * Creates a plain object from a TrainingSpec message. Also converts values to other types if specified.
             * @param message TrainingSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.TrainingSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrainingSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TrainingSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrainingSpec {

            /** Properties of a TrainingSpec. */
            interface $Properties {

                /** TrainingSpec runtime */
                runtime?: (hyperfleet.v1.TrainingSpec.Runtime|null);

                /** TrainingSpec command */
                command?: (string[]|null);

                /** TrainingSpec image */
                image?: (string|null);

                /** TrainingSpec environment */
                environment?: ({ [k: string]: string }|null);

                /** TrainingSpec metricDefinitions */
                metricDefinitions?: (hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties[]|null);

                /** TrainingSpec objectiveMetric */
                objectiveMetric?: (string|null);

                /** TrainingSpec dataChannels */
                dataChannels?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrainingSpec. */
            type $Shape = hyperfleet.v1.TrainingSpec.$Properties;

            /** Runtime enum. */
            enum Runtime {

                /** RUNTIME_UNSPECIFIED value */
                RUNTIME_UNSPECIFIED = 0,

                /** RUNTIME_PROCESS value */
                RUNTIME_PROCESS = 1,

                /** RUNTIME_DOCKER value */
                RUNTIME_DOCKER = 2
            }

            /**
             * Properties of a MetricDefinition.
             * @deprecated Use hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties instead.
             */
            interface IMetricDefinition extends hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties {
            }

            /** Represents a MetricDefinition. */
            class MetricDefinition {

                /**
                 * Constructs a new MetricDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MetricDefinition name. */
                name: string;

                /** MetricDefinition regex. */
                regex: string;

                /**
                 * Creates a new MetricDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MetricDefinition instance
                 */
                static create(properties: hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape): hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape;
                static create(properties?: hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties): hyperfleet.v1.TrainingSpec.MetricDefinition;

                /**
                 * Encodes the specified MetricDefinition message. Does not implicitly {@link hyperfleet.v1.TrainingSpec.MetricDefinition.verify|verify} messages.
                 * @param message MetricDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MetricDefinition message, length delimited. Does not implicitly {@link hyperfleet.v1.TrainingSpec.MetricDefinition.verify|verify} messages.
                 * @param message MetricDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MetricDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape} MetricDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape;

                /**
                 * Decodes a MetricDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape} MetricDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.TrainingSpec.MetricDefinition & hyperfleet.v1.TrainingSpec.MetricDefinition.$Shape;

                /**
                 * Verifies a MetricDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MetricDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MetricDefinition
                 */
                static fromObject(object: { [k: string]: any }): hyperfleet.v1.TrainingSpec.MetricDefinition;

                /**
                 * Creates a plain object from a MetricDefinition message. Also converts values to other types if specified.
                 * @param message MetricDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: hyperfleet.v1.TrainingSpec.MetricDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MetricDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MetricDefinition
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MetricDefinition {

                /** Properties of a MetricDefinition. */
                interface $Properties {

                    /** MetricDefinition name */
                    name?: (string|null);

                    /** MetricDefinition regex */
                    regex?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MetricDefinition. */
                type $Shape = hyperfleet.v1.TrainingSpec.MetricDefinition.$Properties;
            }
        }

        /**
         * Properties of a TrialAssignment.
         * @deprecated Use hyperfleet.v1.TrialAssignment.$Properties instead.
         */
        interface ITrialAssignment extends hyperfleet.v1.TrialAssignment.$Properties {
        }

        /** Represents a TrialAssignment. */
        class TrialAssignment {

            /**
             * Constructs a new TrialAssignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.TrialAssignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TrialAssignment jobId. */
            jobId: string;

            /** TrialAssignment trialId. */
            trialId: (number|Long);

            /** TrialAssignment attempt. */
            attempt: number;

            /** TrialAssignment hyperparameters. */
            hyperparameters: { [k: string]: hyperfleet.v1.HyperparameterValue.$Properties };

            /** TrialAssignment staticHyperparameters. */
            staticHyperparameters: { [k: string]: string };

            /** TrialAssignment training. */
            training?: (hyperfleet.v1.TrainingSpec.$Properties|null);

            /** TrialAssignment resources. */
            resources?: (hyperfleet.v1.ResourceRequest.$Properties|null);

            /** TrialAssignment deadlineUnixMs. */
            deadlineUnixMs: (number|Long);

            /** TrialAssignment offeredUnixMs. */
            offeredUnixMs: (number|Long);

            /**
             * Creates a new TrialAssignment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TrialAssignment instance
             */
            static create(properties: hyperfleet.v1.TrialAssignment.$Shape): hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape;
            static create(properties?: hyperfleet.v1.TrialAssignment.$Properties): hyperfleet.v1.TrialAssignment;

            /**
             * Encodes the specified TrialAssignment message. Does not implicitly {@link hyperfleet.v1.TrialAssignment.verify|verify} messages.
             * @param message TrialAssignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.TrialAssignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TrialAssignment message, length delimited. Does not implicitly {@link hyperfleet.v1.TrialAssignment.verify|verify} messages.
             * @param message TrialAssignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.TrialAssignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TrialAssignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape} TrialAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape;

            /**
             * Decodes a TrialAssignment message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape} TrialAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.TrialAssignment & hyperfleet.v1.TrialAssignment.$Shape;

            /**
             * Verifies a TrialAssignment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TrialAssignment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TrialAssignment
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.TrialAssignment;

            /**
             * Creates a plain object from a TrialAssignment message. Also converts values to other types if specified.
             * @param message TrialAssignment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.TrialAssignment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TrialAssignment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TrialAssignment
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrialAssignment {

            /** Properties of a TrialAssignment. */
            interface $Properties {

                /** TrialAssignment jobId */
                jobId?: (string|null);

                /** TrialAssignment trialId */
                trialId?: (number|Long|null);

                /** TrialAssignment attempt */
                attempt?: (number|null);

                /** TrialAssignment hyperparameters */
                hyperparameters?: ({ [k: string]: hyperfleet.v1.HyperparameterValue.$Properties }|null);

                /** TrialAssignment staticHyperparameters */
                staticHyperparameters?: ({ [k: string]: string }|null);

                /** TrialAssignment training */
                training?: (hyperfleet.v1.TrainingSpec.$Properties|null);

                /** TrialAssignment resources */
                resources?: (hyperfleet.v1.ResourceRequest.$Properties|null);

                /** TrialAssignment deadlineUnixMs */
                deadlineUnixMs?: (number|Long|null);

                /** TrialAssignment offeredUnixMs */
                offeredUnixMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TrialAssignment. */
            type $Shape = {
              jobId?: string|null;
              trialId?: number|Long|null;
              attempt?: number|null;
              hyperparameters?: { [k: string]: hyperfleet.v1.HyperparameterValue.$Shape }|null;
              staticHyperparameters?: { [k: string]: string }|null;
              training?: hyperfleet.v1.TrainingSpec.$Shape|null;
              resources?: hyperfleet.v1.ResourceRequest.$Shape|null;
              deadlineUnixMs?: number|Long|null;
              offeredUnixMs?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Gpu.
         * @deprecated Use hyperfleet.v1.Gpu.$Properties instead.
         */
        interface IGpu extends hyperfleet.v1.Gpu.$Properties {
        }

        /** Represents a Gpu. */
        class Gpu {

            /**
             * Constructs a new Gpu.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Gpu.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Gpu index. */
            index: number;

            /** Gpu model. */
            model: string;

            /** Gpu memoryMib. */
            memoryMib: (number|Long);

            /**
             * Creates a new Gpu instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Gpu instance
             */
            static create(properties: hyperfleet.v1.Gpu.$Shape): hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape;
            static create(properties?: hyperfleet.v1.Gpu.$Properties): hyperfleet.v1.Gpu;

            /**
             * Encodes the specified Gpu message. Does not implicitly {@link hyperfleet.v1.Gpu.verify|verify} messages.
             * @param message Gpu message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Gpu.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Gpu message, length delimited. Does not implicitly {@link hyperfleet.v1.Gpu.verify|verify} messages.
             * @param message Gpu message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Gpu.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Gpu message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape} Gpu
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape;

            /**
             * Decodes a Gpu message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape} Gpu
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Gpu & hyperfleet.v1.Gpu.$Shape;

            /**
             * Verifies a Gpu message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Gpu message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Gpu
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Gpu;

            /**
             * Creates a plain object from a Gpu message. Also converts values to other types if specified.
             * @param message Gpu
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Gpu, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Gpu to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Gpu
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gpu {

            /** Properties of a Gpu. */
            interface $Properties {

                /** Gpu index */
                index?: (number|null);

                /** Gpu model */
                model?: (string|null);

                /** Gpu memoryMib */
                memoryMib?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Gpu. */
            type $Shape = hyperfleet.v1.Gpu.$Properties;
        }

        /**
         * Properties of a Capabilities.
         * @deprecated Use hyperfleet.v1.Capabilities.$Properties instead.
         */
        interface ICapabilities extends hyperfleet.v1.Capabilities.$Properties {
        }

        /** Represents a Capabilities. */
        class Capabilities {

            /**
             * Constructs a new Capabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.Capabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capabilities cpus. */
            cpus: number;

            /** Capabilities memoryMib. */
            memoryMib: (number|Long);

            /** Capabilities gpus. */
            gpus: hyperfleet.v1.Gpu.$Properties[];

            /** Capabilities labels. */
            labels: { [k: string]: string };

            /** Capabilities runtimes. */
            runtimes: string[];

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            static create(properties: hyperfleet.v1.Capabilities.$Shape): hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape;
            static create(properties?: hyperfleet.v1.Capabilities.$Properties): hyperfleet.v1.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link hyperfleet.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Capabilities message, length delimited. Does not implicitly {@link hyperfleet.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape;

            /**
             * Decodes a Capabilities message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.Capabilities & hyperfleet.v1.Capabilities.$Shape;

            /**
             * Verifies a Capabilities message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capabilities
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.Capabilities;

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @param message Capabilities
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.Capabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capabilities to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Capabilities
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capabilities {

            /** Properties of a Capabilities. */
            interface $Properties {

                /** Capabilities cpus */
                cpus?: (number|null);

                /** Capabilities memoryMib */
                memoryMib?: (number|Long|null);

                /** Capabilities gpus */
                gpus?: (hyperfleet.v1.Gpu.$Properties[]|null);

                /** Capabilities labels */
                labels?: ({ [k: string]: string }|null);

                /** Capabilities runtimes */
                runtimes?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capabilities. */
            type $Shape = hyperfleet.v1.Capabilities.$Properties;
        }

        /**
         * Properties of a WorkerAnnouncement.
         * @deprecated Use hyperfleet.v1.WorkerAnnouncement.$Properties instead.
         */
        interface IWorkerAnnouncement extends hyperfleet.v1.WorkerAnnouncement.$Properties {
        }

        /** Represents a WorkerAnnouncement. */
        class WorkerAnnouncement {

            /**
             * Constructs a new WorkerAnnouncement.
             * @param [properties] Properties to set
             */
            constructor(properties?: hyperfleet.v1.WorkerAnnouncement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerAnnouncement workerId. */
            workerId: string;

            /** WorkerAnnouncement host. */
            host: string;

            /** WorkerAnnouncement capabilities. */
            capabilities?: (hyperfleet.v1.Capabilities.$Properties|null);

            /** WorkerAnnouncement slots. */
            slots: number;

            /** WorkerAnnouncement freeSlots. */
            freeSlots: number;

            /** WorkerAnnouncement resourceClasses. */
            resourceClasses: string[];

            /** WorkerAnnouncement sentUnixMs. */
            sentUnixMs: (number|Long);

            /** WorkerAnnouncement leaving. */
            leaving: boolean;

            /**
             * Creates a new WorkerAnnouncement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerAnnouncement instance
             */
            static create(properties: hyperfleet.v1.WorkerAnnouncement.$Shape): hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape;
            static create(properties?: hyperfleet.v1.WorkerAnnouncement.$Properties): hyperfleet.v1.WorkerAnnouncement;

            /**
             * Encodes the specified WorkerAnnouncement message. Does not implicitly {@link hyperfleet.v1.WorkerAnnouncement.verify|verify} messages.
             * @param message WorkerAnnouncement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hyperfleet.v1.WorkerAnnouncement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WorkerAnnouncement message, length delimited. Does not implicitly {@link hyperfleet.v1.WorkerAnnouncement.verify|verify} messages.
             * @param message WorkerAnnouncement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: hyperfleet.v1.WorkerAnnouncement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerAnnouncement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape} WorkerAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape;

            /**
             * Decodes a WorkerAnnouncement message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape} WorkerAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hyperfleet.v1.WorkerAnnouncement & hyperfleet.v1.WorkerAnnouncement.$Shape;

            /**
             * Verifies a WorkerAnnouncement message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerAnnouncement message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerAnnouncement
             */
            static fromObject(object: { [k: string]: any }): hyperfleet.v1.WorkerAnnouncement;

            /**
             * Creates a plain object from a WorkerAnnouncement message. Also converts values to other types if specified.
             * @param message WorkerAnnouncement
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hyperfleet.v1.WorkerAnnouncement, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerAnnouncement to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WorkerAnnouncement
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerAnnouncement {

            /** Properties of a WorkerAnnouncement. */
            interface $Properties {

                /** WorkerAnnouncement workerId */
                workerId?: (string|null);

                /** WorkerAnnouncement host */
                host?: (string|null);

                /** WorkerAnnouncement capabilities */
                capabilities?: (hyperfleet.v1.Capabilities.$Properties|null);

                /** WorkerAnnouncement slots */
                slots?: (number|null);

                /** WorkerAnnouncement freeSlots */
                freeSlots?: (number|null);

                /** WorkerAnnouncement resourceClasses */
                resourceClasses?: (string[]|null);

                /** WorkerAnnouncement sentUnixMs */
                sentUnixMs?: (number|Long|null);

                /** WorkerAnnouncement leaving */
                leaving?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerAnnouncement. */
            type $Shape = hyperfleet.v1.WorkerAnnouncement.$Properties;
        }
    }
}
