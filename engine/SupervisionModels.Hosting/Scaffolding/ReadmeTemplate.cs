namespace SupervisionModels.Hosting.Scaffolding;

/// <summary>The help page of a scaffolded plugin folder: how to run it, edit it, tune it and read its errors.</summary>
internal static class ReadmeTemplate
{
    public static string Render(string directory, string className, string modelId, string title)
    {
        var folder = directory.Replace('\\', '/');
        return $$"""
            # {{title}}（{{modelId}}）

            一个 C# 源码插件形式的监督模型，由 `supervise models new` 生成。引擎在加载时编译本目录下的全部 `.cs` 文件
            （`bin/`、`obj/` 除外），不需要 Visual Studio、项目文件或另行编译；编译结果按源码内容缓存，未改动时不会重复编译。

            | 文件 | 内容 |
            |---|---|
            | `{{className}}.cs` | 模型：描述（Descriptor）、参数（Parameters）、规则（Initialize） |
            | `README.md` | 本页 |

            ## 运行 Run

            ```sh
            # 编译并列出模型；有编译错误时逐条列出
            supervise models list --plugins {{folder}}
            # 描述、参数默认值、规则、读取的数据列
            supervise models describe {{modelId}} --plugins {{folder}}
            # 在数据目录 DIR 上运行，线索写入 leads.jsonl
            supervise run --data DIR --plugins {{folder}} --out leads.jsonl
            ```

            `--plugins` 也可以指向上一级目录（例如 `plugins/`）：其中每个子目录是一个插件，源码目录与 DLL 插件可以并存。

            ## 修改 Edit

            1. **描述**（`Descriptor`）：`Title` 是报告中显示的中文名称；`Category` 决定线索移送的检察条线；改动规则时提高
               `Version`（每条线索都记录模型版本）；`Datasets` 列出规则读取的每一种数据记录，只能是
               `SupervisionModels.Datasets` 中的记录类型（`Judgment`、`JudgmentParty`、`Enterprise`……），插件不能自行定义数据集。
            2. **参数**：`KeywordParameter`（关键词集合）和 `Parameter<T>`（`int`、`long`、`double`、`decimal`、`bool`、
               `string`），名称用小写字母、数字和连字符；把新参数加入 `Parameters` 列表，在 `Initialize` 中用 `context.GetValue(...)` 取本次运行的值。
            3. **规则**：`context.Rule("R2", "检察官读到的一句话", r => r.Match<记录>()...)`，可用 `Where`（条件）、
               `WhereText`（关键词，一次扫描全部关键词）、`Join` / `Not` / `Exists`（按键关联其他数据）、`GroupBy` + `Having`
               （分组计数、求和）、`Derive`（产生中间事实供其他规则匹配）和 `Reason`（给主体记一条带权重的理由）。
               例如用 `Join<JudgmentParty, string>(j => j.CaseNo, p => p.CaseNo, p => p.Role == PartyRoles.Plaintiff)`
               取得当事人的身份证号或统一社会信用代码，比按名称分组更可靠。
            4. **线索条件**：`context.LeadWhen(minScore, "R1", ...)`：权重合计达到 `minScore`，且列出的规则都成立的主体才成为线索。

            模型只声明规则，不读写文件、不访问网络、不保存状态；数据由引擎读取。

            ## 模型编号 Model ids

            用户模型的编号是 `USR` 加四位数字（本模型为 `{{modelId}}`）。`SM` 开头的编号保留给内置模型，插件使用会报错；
            在同一个插件目录旁生成的模型会自动取下一个未用的编号。多个单位共享插件时，可改用本单位的 2–4 个大写字母作前缀
            （如 `HDQ0001`）。同一编号出现两次时，加载会失败并指出两处来源。

            ## 按次调整 Settings

            不改代码即可调整参数、规则权重或停用模型：在数据目录中放一个 `supervise.settings.json`（或用 `--settings FILE` 指定）：

            ```json
            {
              "models": {
                "{{modelId}}": {
                  "enabled": true,
                  "parameters": { "min-cases": 3, "keywords": ["二手车买卖", "车牌额度"] },
                  "weights": { "R1": 15 }
                }
              }
            }
            ```

            关键词列表会替换默认关键词，而不是追加。未知的模型、参数、规则或取值类型不符都会报错，并给出文件名和行号。

            ## 能用什么 What a plugin compiles against

            插件只能引用插件接口（`SupervisionModels.Abstractions`）、数据集记录（`SupervisionModels.Datasets`）和 .NET 基础类库；
            `System`、`System.Collections.Generic`、`System.Linq` 已默认引入。需要第三方 NuGet 包时，请改为编译好的 DLL 插件
            （引用这两个程序集，把 DLL 及其依赖放进 `--plugins` 目录的一个子目录）。

            ## 错误信息 Errors

            编译错误逐条列出，格式为 `文件:行:列: error 编号: 说明`。例如把 `Having` 中的 `minCases` 误写为 `minCase`：

            ```text
            {{folder}}/{{className}}.cs:44:39: error CS0103: The name 'minCase' does not exist in the current context
            ```

            警告不会阻止加载。描述不合规（编号格式、空标题、参数重名、数据集不是 `SupervisionModels.Datasets` 的记录）时，
            错误信息会给出模型类型和所在目录。

            """;
    }
}
