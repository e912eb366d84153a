# Churn snapshots - monthly "will this customer leave?" classifier
#
# Ops asked for one number they can read: the share of customers the model gets
# right each month. Evaluation is rolling origin (Apr-Sep): train on the months
# before the origin, score the origin month's customers that were never seen
# before it (the test months contain other customers).
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
       "payment_failures_90d", "discount_pct", "autopay"]
CAT = ["plan", "region", "contract_type", "payment_method"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"]).dt.to_period("M")
df["autopay"] = df["autopay"].astype(int)
print(df.shape)
print(df.groupby("snapshot_month")[TARGET].mean().round(3).to_string())


def model():
    pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough")
    gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                    subsample=0.8, random_state=0)
    return Pipeline([("pre", pre), ("gb", gb)])


months = sorted(df["snapshot_month"].unique())
rows = []
for origin in months[3:]:
    train = df[df["snapshot_month"] < origin]
    scored = df[(df["snapshot_month"] == origin) & ~df["customer_id"].isin(train["customer_id"])]
    clf = model().fit(train[NUM + CAT], train[TARGET])
    majority = DummyClassifier(strategy="most_frequent").fit(train[NUM + CAT], train[TARGET])
    pred = clf.predict(scored[NUM + CAT])
    rows.append({
        "origin": str(origin),
        "customers": len(scored),
        "accuracy": accuracy_score(scored[TARGET], pred),
        "majority_accuracy": accuracy_score(scored[TARGET], majority.predict(scored[NUM + CAT])),
        "flagged": int(pred.sum()),
    })

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print("mean accuracy          %.4f" % res["accuracy"].mean())
print("mean majority accuracy %.4f" % res["majority_accuracy"].mean())

final = model().fit(df[NUM + CAT], df[TARGET])
importances = pd.Series(final.named_steps["gb"].feature_importances_,
                        index=final.named_steps["pre"].get_feature_names_out()).sort_values(ascending=False)
print(importances.head(10).round(3).to_string())

test = pd.read_csv("test.csv")
test["autopay"] = test["autopay"].astype(int)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
