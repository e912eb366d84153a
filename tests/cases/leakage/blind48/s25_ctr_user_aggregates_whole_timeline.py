"""CTR take-home.

Spark builds the user / ad activity features from the raw impression log,
then the table goes to pandas for a scikit-learn logistic regression.
Validation: the last 20% of the time range.
"""
import pandas as pd
from pyspark.sql import SparkSession, Window
from pyspark.sql import functions as F
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score, average_precision_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

spark = SparkSession.builder.appName("ctr-features").getOrCreate()
log = spark.read.csv("train.csv", header=True, inferSchema=True).withColumn("part", F.lit("train"))
new = spark.read.csv("test.csv", header=True, inferSchema=True).withColumn("part", F.lit("submit"))
events = log.unionByName(new, allowMissingColumns=True)

# ---- activity features ------------------------------------------------------
user_w = Window.partitionBy("user_id")
ad_w = Window.partitionBy("ad_id")
events = (events
          .withColumn("hour", F.hour("event_time"))
          .withColumn("weekday", F.dayofweek("event_time"))
          .withColumn("user_imps", F.count(F.lit(1)).over(user_w))
          .withColumn("user_distinct_ads", F.size(F.collect_set("ad_id").over(user_w)))
          .withColumn("user_active_days",
                      (F.max(F.col("event_time").cast("long")).over(user_w)
                       - F.min(F.col("event_time").cast("long")).over(user_w)) / 86400.0)
          .withColumn("ad_imps", F.count(F.lit(1)).over(ad_w))
          .withColumn("banner_area", F.col("banner_w") * F.col("banner_h")))

COLS = ["impression_id", "event_time", "part", "clicked", "hour", "weekday", "ad_position",
        "user_age_days", "user_imps", "user_distinct_ads", "user_active_days", "ad_imps", "banner_area",
        "device_type", "os", "site_category"]
pdf = events.select(COLS).toPandas()
lab = pdf[pdf.part == "train"].sort_values("event_time").reset_index(drop=True)
sub = pdf[pdf.part == "submit"].reset_index(drop=True)
print(lab.shape, sub.shape, "CTR:", round(lab.clicked.mean(), 4))

# ---- time-based validation ---------------------------------------------------
cut = lab.event_time.quantile(0.8)
tr = lab[lab.event_time < cut]
va = lab[lab.event_time >= cut]
print("train until", cut, len(tr), len(va))

NUM = ["hour", "weekday", "ad_position", "user_age_days", "user_imps", "user_distinct_ads",
       "user_active_days", "ad_imps", "banner_area"]
CAT = ["device_type", "os", "site_category"]

model = Pipeline([
    ("prep", ColumnTransformer([("num", StandardScaler(), NUM),
                                ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT)])),
    ("clf", LogisticRegression(C=0.3, max_iter=1000)),
])
model.fit(tr[NUM + CAT], tr.clicked.astype(int))
p = model.predict_proba(va[NUM + CAT])[:, 1]

base = DummyClassifier(strategy="prior").fit(tr[NUM + CAT], tr.clicked.astype(int))
pb = base.predict_proba(va[NUM + CAT])[:, 1]

for name, scores in [("logreg", p), ("prior baseline", pb)]:
    print(f"{name:15s} AUC {roc_auc_score(va.clicked, scores):.4f}  "
          f"AP {average_precision_score(va.clicked, scores):.4f}  logloss {log_loss(va.clicked, scores):.4f}")

# ---- refit + submit ----------------------------------------------------------
model.fit(lab[NUM + CAT], lab.clicked.astype(int))
pd.DataFrame({"impression_id": sub.impression_id,
              "prediction": model.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
