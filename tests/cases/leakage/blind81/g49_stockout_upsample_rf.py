"""Stock-out next week: random forest with minority up-sampling.

Positives are rare (~7%), so the minority class is up-sampled to a 1:2 ratio with
sklearn.utils.resample before training. Reported: F1, precision/recall, ROC-AUC.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score, confusion_matrix
from sklearn.utils import resample

TARGET = "stockout_next_week"
LEAKY = ["lost_sales_next_week", "emergency_order"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def prepare(frame):
    out = frame.drop(columns=[c for c in LEAKY if c in frame.columns]).copy()
    out["days_of_cover"] = (out["on_hand"] + out["on_order"]) / out["avg_daily_sales_4w"].clip(lower=0.1)
    out["cover_gap"] = out["days_of_cover"] - out["lead_time_days"]
    out["sales_ratio"] = out["units_sold_last_week"] / (7 * out["avg_daily_sales_4w"].clip(lower=0.1))
    out = pd.get_dummies(out, columns=["category"], prefix="cat", dtype=int)
    return out


data = prepare(df)
majority = data[data[TARGET] == 0]
minority = data[data[TARGET] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority) // 2, random_state=7)
data_bal = pd.concat([majority, minority_up]).sample(frac=1.0, random_state=7).reset_index(drop=True)
print("class balance after up-sampling:", data_bal[TARGET].value_counts(normalize=True).round(3).to_dict())

features = [c for c in data_bal.columns if c not in ("row_id", "store_id", "item_id", "week", TARGET)]
X_train, X_val, y_train, y_val = train_test_split(
    data_bal[features], data_bal[TARGET], test_size=0.25, stratify=data_bal[TARGET], random_state=7
)

rf = RandomForestClassifier(n_estimators=500, max_depth=14, min_samples_leaf=5, n_jobs=-1, random_state=7)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_val)[:, 1]
pred = (proba >= 0.5).astype(int)

print(f"F1        {f1_score(y_val, pred):.4f}")
print(f"precision {precision_score(y_val, pred):.4f}")
print(f"recall    {recall_score(y_val, pred):.4f}")
print(f"ROC-AUC   {roc_auc_score(y_val, proba):.4f}")
print(confusion_matrix(y_val, pred))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12).round(4))

test_x = prepare(test).reindex(columns=features, fill_value=0)
pd.DataFrame({"row_id": test["row_id"], "prediction": rf.predict_proba(test_x)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
