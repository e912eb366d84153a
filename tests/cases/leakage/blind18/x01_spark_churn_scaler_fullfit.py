"""Telco churn model on Spark.

Quick pass at the churn table exported from the warehouse. Data is ~2M rows so
pandas is painful; doing everything in MLlib.
"""
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.ml.feature import Imputer, StringIndexer, OneHotEncoder, VectorAssembler, StandardScaler
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator, MulticlassClassificationEvaluator

spark = (
    SparkSession.builder.appName("churn-lr")
    .config("spark.sql.shuffle.partitions", "64")
    .getOrCreate()
)

df = spark.read.csv("data/telco_churn.csv", header=True, inferSchema=True)
print(df.count(), "rows")
df.printSchema()

# churn comes in as "Yes"/"No"
df = df.withColumn("label", F.when(F.col("Churn") == "Yes", 1.0).otherwise(0.0)).drop("Churn")
df = df.withColumn("TotalCharges", F.col("TotalCharges").cast("double"))

df.groupBy("label").count().show()
df.select("tenure", "MonthlyCharges", "TotalCharges").describe().show()

num_cols = ["tenure", "MonthlyCharges", "TotalCharges", "num_support_calls", "avg_download_gb"]
cat_cols = ["Contract", "PaymentMethod", "InternetService", "gender"]

# TotalCharges has blanks for brand-new customers -> impute
imputer = Imputer(inputCols=num_cols, outputCols=[c + "_imp" for c in num_cols], strategy="median")
df = imputer.fit(df).transform(df)

indexers = [StringIndexer(inputCol=c, outputCol=c + "_idx", handleInvalid="keep") for c in cat_cols]
for ix in indexers:
    df = ix.fit(df).transform(df)

ohe = OneHotEncoder(inputCols=[c + "_idx" for c in cat_cols], outputCols=[c + "_ohe" for c in cat_cols])
df = ohe.fit(df).transform(df)

assembler = VectorAssembler(
    inputCols=[c + "_imp" for c in num_cols] + [c + "_ohe" for c in cat_cols],
    outputCol="raw_features",
)
df = assembler.transform(df)

scaler = StandardScaler(inputCol="raw_features", outputCol="features", withMean=True, withStd=True)
df = scaler.fit(df).transform(df)

df = df.select("customerID", "features", "label").cache()

train, test = df.randomSplit([0.8, 0.2], seed=2024)
print("train", train.count(), "test", test.count())

lr = LogisticRegression(featuresCol="features", labelCol="label", maxIter=100, regParam=0.01, elasticNetParam=0.0)
model = lr.fit(train)

print("train AUC (summary):", model.summary.areaUnderROC)

pred = model.transform(test)
auc_eval = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="rawPrediction", metricName="areaUnderROC")
pr_eval = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="rawPrediction", metricName="areaUnderPR")
f1_eval = MulticlassClassificationEvaluator(labelCol="label", predictionCol="prediction", metricName="f1")

print("test AUC :", round(auc_eval.evaluate(pred), 4))
print("test PR  :", round(pr_eval.evaluate(pred), 4))
print("test F1  :", round(f1_eval.evaluate(pred), 4))

# coefficients for the slide deck
coefs = model.coefficients.toArray()
print("n coefficients:", len(coefs))
print("intercept:", model.intercept)

# TODO: try GBTClassifier, LR is probably underfitting the contract interactions
spark.stop()
