# Pump failure alerting - choose an alert threshold for the 30-day failure model.
# Maintenance wants a yes/no alert, so the deliverable is a threshold plus the F1 it achieves.
# Three periods: fit on < 2022-07, pick the threshold on 2022-07..2022-12, report once on 2023+.
# Validation and test keep only pumps never seen in an earlier period.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FEATURES = ["vibration_rms", "bearing_temp", "pressure_bar", "flow_rate", "motor_current",
            "age_days", "runtime_hours", "maintenance_count", "days_since_maintenance"]

df = pd.read_csv("train.csv", parse_dates=["reading_date"])
df = df.dropna(subset=FEATURES)

t1, t2 = pd.Timestamp("2022-07-01"), pd.Timestamp("2023-01-01")
train = df[df["reading_date"] < t1]
valid = df[(df["reading_date"] >= t1) & (df["reading_date"] < t2) & (~df["pump_id"].isin(train["pump_id"]))]
seen = set(train["pump_id"]) | set(valid["pump_id"])
test = df[(df["reading_date"] >= t2) & (~df["pump_id"].isin(seen))]
print(f"train {len(train)} / valid {len(valid)} / test {len(test)} rows")

X_train, y_train = train[FEATURES], train["fail_30d"]
X_valid, y_valid = valid[FEATURES], valid["fail_30d"]
X_test, y_test = test[FEATURES], test["fail_30d"]

model = make_pipeline(StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=3000))
model.fit(X_train, y_train)
val_scores = model.predict_proba(X_valid)[:, 1]

# sweep thresholds on the validation period
rows = []
for t in np.arange(0.05, 0.96, 0.05):
    pred = (val_scores >= t).astype(int)
    rows.append({
        "threshold": round(t, 2),
        "precision": precision_score(y_valid, pred, zero_division=0),
        "recall": recall_score(y_valid, pred),
        "f1": f1_score(y_valid, pred),
    })
sweep = pd.DataFrame(rows)
print(sweep.to_string(index=False))
best_t = sweep.loc[sweep["f1"].idxmax(), "threshold"]
print(f"\nchosen threshold (validation) = {best_t}")

# one look at the test period
test_scores = model.predict_proba(X_test)[:, 1]
final_pred = (test_scores >= best_t).astype(int)
print("test ROC-AUC: %.3f" % roc_auc_score(y_test, test_scores))
print("test F1 at chosen threshold: %.3f" % f1_score(y_test, final_pred))
print("precision %.3f / recall %.3f" % (precision_score(y_test, final_pred), recall_score(y_test, final_pred)))

dummy = DummyClassifier(strategy="constant", constant=1).fit(X_train, y_train)
print("baseline (always alert) test F1: %.3f" % f1_score(y_test, dummy.predict(X_test)))

sub = pd.read_csv("test.csv")
sub_X = sub[FEATURES].fillna(train[FEATURES].median())
pd.DataFrame({"reading_id": sub["reading_id"], "prediction": model.predict_proba(sub_X)[:, 1]}).to_csv(
    "predictions.csv", index=False)
with open("threshold.txt", "w") as fh:
    fh.write(str(best_t))
