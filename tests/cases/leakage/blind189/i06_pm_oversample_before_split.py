# predictive maintenance - random forest with oversampled failures
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

df = pd.read_csv("train.csv")
df["date"] = pd.to_datetime(df["date"])
df = df.sort_values(["machine_id", "date"])

print(df.shape)
print(df["failure_7d"].mean())

sensors = ["volt", "rotate", "pressure", "vibration"]

# yesterday's values and 5 day averages (shifted so today is not included)
for s in sensors:
    df[s + "_yday"] = df.groupby("machine_id")[s].shift(1)
    df[s + "_avg5"] = df.groupby("machine_id")[s].transform(lambda x: x.shift(1).rolling(5, min_periods=1).mean())
df["err_yday"] = df.groupby("machine_id")["error_count"].shift(1)
df["err_sum5"] = df.groupby("machine_id")["error_count"].transform(lambda x: x.shift(1).rolling(5, min_periods=1).sum())
df = df.dropna(subset=[s + "_yday" for s in sensors])

features = sensors + [s + "_yday" for s in sensors] + [s + "_avg5" for s in sensors] + \
    ["err_yday", "err_sum5", "error_count", "days_since_maint", "age"]

# split: last 25% of dates for test, and test machines never appear in training
machine_ids = df["machine_id"].drop_duplicates().sample(frac=1.0, random_state=1).tolist()
n_test = len(machine_ids) // 4
test_ids = machine_ids[:n_test]
split_date = df["date"].sort_values().iloc[int(len(df) * 0.75)]

# failures are only ~4% -> repeat failure rows 5 times
pos = df[df["failure_7d"] == 1]
df = pd.concat([df] + [pos] * 5, ignore_index=True)
print("after oversampling:", df.shape, df["failure_7d"].mean())

train = df[(~df["machine_id"].isin(test_ids)) & (df["date"] < split_date)]
test = df[(df["machine_id"].isin(test_ids)) & (df["date"] >= split_date)]

X_train = train[features].fillna(0)
y_train = train["failure_7d"]
X_test = test[features].fillna(0)
y_test = test["failure_7d"]

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)
probs = rf.predict_proba(X_test)[:, 1]
preds = (probs >= 0.5).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=1)
dummy.fit(X_train, y_train)
dummy_probs = dummy.predict_proba(X_test)[:, 1]

print("RF     auc", roc_auc_score(y_test, probs), "ap", average_precision_score(y_test, probs))
print("dummy  auc", roc_auc_score(y_test, dummy_probs), "ap", average_precision_score(y_test, dummy_probs))
print("RF precision", precision_score(y_test, preds), "recall", recall_score(y_test, preds))

importances = pd.Series(rf.feature_importances_, index=features).sort_values()
print(importances.tail(10))

# final fit + predictions
test_df = pd.read_csv("test.csv")
test_df["date"] = pd.to_datetime(test_df["date"])
hist = pd.concat([df.drop(columns=[c for c in df.columns if c.endswith(("_yday", "_avg5", "5"))]), test_df])
hist = hist.sort_values(["machine_id", "date"])
for s in sensors:
    hist[s + "_yday"] = hist.groupby("machine_id")[s].shift(1)
    hist[s + "_avg5"] = hist.groupby("machine_id")[s].transform(lambda x: x.shift(1).rolling(5, min_periods=1).mean())
hist["err_yday"] = hist.groupby("machine_id")["error_count"].shift(1)
hist["err_sum5"] = hist.groupby("machine_id")["error_count"].transform(lambda x: x.shift(1).rolling(5, min_periods=1).sum())
score_rows = hist[hist["row_id"].isin(test_df["row_id"])]
rf.fit(pd.concat([X_train, X_test]), pd.concat([y_train, y_test]))
out = pd.DataFrame({"row_id": score_rows["row_id"], "prediction": rf.predict_proba(score_rows[features].fillna(0))[:, 1]})
out.to_csv("predictions.csv", index=False)
