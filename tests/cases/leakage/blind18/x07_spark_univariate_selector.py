# Bank marketing (term deposit subscription) - LR on Spark with univariate feature selection.
# The campaign table has ~60 columns after one-hot, most of them noise.
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.ml.feature import VectorAssembler, UnivariateFeatureSelector
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator, MulticlassClassificationEvaluator

spark = SparkSession.builder.appName("bank-mkt").getOrCreate()

raw = spark.read.option("sep", ";").csv("bank-additional-full.csv", header=True, inferSchema=True)
raw = raw.withColumn("label", (F.col("y") == "yes").cast("double")).drop("y", "duration")
raw.groupBy("label").count().show()

cat_cols = ["job", "marital", "education", "default", "housing", "loan", "contact", "month", "day_of_week", "poutcome"]
num_cols = ["age", "campaign", "pdays", "previous", "emp_var_rate", "cons_price_idx", "cons_conf_idx", "euribor3m", "nr_employed"]

# hand-made dummies (the category lists are from the dataset description)
LEVELS = {
    "job": ["admin.", "blue-collar", "entrepreneur", "housemaid", "management", "retired",
            "self-employed", "services", "student", "technician", "unemployed"],
    "marital": ["married", "single", "divorced"],
    "education": ["basic.4y", "basic.6y", "basic.9y", "high.school", "professional.course", "university.degree"],
    "default": ["no", "yes"],
    "housing": ["no", "yes"],
    "loan": ["no", "yes"],
    "contact": ["cellular"],
    "month": ["mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "day_of_week": ["mon", "tue", "wed", "thu"],
    "poutcome": ["failure", "success"],
}
dummy_cols = []
data = raw
for col, levels in LEVELS.items():
    for lv in levels:
        name = f"{col}__{lv}".replace(".", "_").replace("-", "_")
        data = data.withColumn(name, (F.col(col) == lv).cast("double"))
        dummy_cols.append(name)
print(len(dummy_cols), "dummies")

data = VectorAssembler(inputCols=num_cols + dummy_cols, outputCol="all_features").transform(data)

# keep the 20 features most associated with the label (ANOVA F for continuous vs categorical label)
selector = (
    UnivariateFeatureSelector(featuresCol="all_features", outputCol="features", labelCol="label", selectionMode="numTopFeatures")
    .setFeatureType("continuous")
    .setLabelType("categorical")
    .setSelectionThreshold(20)
)
sel_model = selector.fit(data)
print("selected indices:", sel_model.selectedFeatures)
data = sel_model.transform(data).select("features", "label")

train, test = data.randomSplit([0.8, 0.2], seed=99)

lr = LogisticRegression(labelCol="label", featuresCol="features", maxIter=100, regParam=0.005)
lr_model = lr.fit(train)
pred = lr_model.transform(test)

auc = BinaryClassificationEvaluator(labelCol="label").evaluate(pred)
acc = MulticlassClassificationEvaluator(labelCol="label", metricName="accuracy").evaluate(pred)

# majority-class baseline: always "no"
base_acc = test.agg(F.avg((F.col("label") == 0).cast("double"))).first()[0]
print(f"majority baseline acc = {base_acc:.3f} (AUC 0.5)")
print(f"LR on 20 selected     : acc = {acc:.3f}, AUC = {auc:.3f}")

spark.stop()
