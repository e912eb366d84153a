"""Arrival delay classifier (ARR_DEL15) for the 2019 on-time performance sample.

Adds historical delay-rate features per carrier / airport / route, which are by far
the strongest signals in this data.
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (average_precision_score, classification_report,
                             confusion_matrix, roc_auc_score)
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")
pd.set_option("display.max_columns", 50)

DATA = "data/ontime_2019_sample.csv"
TARGET = "ARR_DEL15"
SEED = 2019

df = pd.read_csv(DATA, low_memory=False)
print(df.shape)
print(df.head())
print(df.isna().sum().sort_values(ascending=False).head(15))

# cancelled / diverted flights never get an arrival delay flag
df = df[(df["CANCELLED"] == 0) & (df["DIVERTED"] == 0)].copy()
df = df.dropna(subset=[TARGET])
df[TARGET] = df[TARGET].astype(int)
print("rows after filtering:", len(df))
print("share delayed:", round(df[TARGET].mean(), 3))

# everything measured at or after pushback is not available when we predict
after_departure = [
    "DEP_TIME", "DEP_DELAY", "DEP_DEL15", "TAXI_OUT", "WHEELS_OFF", "WHEELS_ON",
    "TAXI_IN", "ARR_TIME", "ARR_DELAY", "ACTUAL_ELAPSED_TIME", "AIR_TIME",
    "CARRIER_DELAY", "WEATHER_DELAY", "NAS_DELAY", "SECURITY_DELAY",
    "LATE_AIRCRAFT_DELAY", "CANCELLED", "DIVERTED", "CANCELLATION_CODE",
]
df = df.drop(columns=[c for c in after_departure if c in df.columns])

# ---- quick EDA ---------------------------------------------------------------
print(df["OP_CARRIER"].value_counts().head(10))
print(df[["DISTANCE", "CRS_ELAPSED_TIME"]].describe())
print(pd.crosstab(df["MONTH"], df[TARGET], normalize="index").round(3))

# ---- schedule features ---------------------------------------------------------
df["dep_hour"] = (df["CRS_DEP_TIME"] // 100).clip(0, 23)
df["arr_hour"] = (df["CRS_ARR_TIME"] // 100).clip(0, 23)
df["is_weekend"] = df["DAY_OF_WEEK"].isin([6, 7]).astype(int)
df["red_eye"] = ((df["dep_hour"] >= 22) | (df["dep_hour"] <= 4)).astype(int)
df["log_distance"] = np.log1p(df["DISTANCE"])
df["route"] = df["ORIGIN"] + "_" + df["DEST"]

# ---- delay-rate features -----------------------------------------------------
# how often each carrier / airport is late, shrunk towards the overall rate
global_rate = df[TARGET].mean()
for col in ["OP_CARRIER", "ORIGIN", "DEST"]:
    grp = df.groupby(col)[TARGET]
    n = grp.transform("count")
    df[col.lower() + "_delay_rate"] = (grp.transform("sum") + 20 * global_rate) / (n + 20)

route_stats = df.groupby("route")[TARGET].agg(["mean", "count"])
route_rate = (route_stats["mean"] * route_stats["count"] + 20 * global_rate) / (route_stats["count"] + 20)
df["route_delay_rate"] = df["route"].map(route_rate)
df["dep_hour_delay_rate"] = df["dep_hour"].map(df.groupby("dep_hour")[TARGET].mean())

features = [
    "MONTH", "DAY_OF_MONTH", "DAY_OF_WEEK", "dep_hour", "arr_hour", "is_weekend",
    "red_eye", "log_distance", "CRS_ELAPSED_TIME",
    "op_carrier_delay_rate", "origin_delay_rate", "dest_delay_rate",
    "route_delay_rate", "dep_hour_delay_rate",
]
X = df[features]
y = df[TARGET]
print(X.describe().T)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)
print(X_train.shape, X_test.shape)

clf = HistGradientBoostingClassifier(
    learning_rate=0.08, max_iter=400, max_leaf_nodes=63,
    l2_regularization=1.0, random_state=SEED,
)
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print("PR AUC  :", round(average_precision_score(y_test, proba), 4))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, digits=3))
