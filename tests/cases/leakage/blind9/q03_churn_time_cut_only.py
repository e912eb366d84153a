import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.snapshot_month.min(), df.snapshot_month.max(), df.customer_id.nunique())
print(df[TARGET].value_counts())
print(df[NUM].describe().T)

# hold out the last three months, like test.csv holds the months after train.csv
months = sorted(df.snapshot_month.unique())
cut = months[-3]
train = df[df.snapshot_month < cut]
valid = df[df.snapshot_month >= cut]
print("train months:", train.snapshot_month.min(), "->", train.snapshot_month.max())
print("valid months:", valid.snapshot_month.min(), "->", valid.snapshot_month.max())
print("valid customers also in train:", valid.customer_id.isin(train.customer_id).mean())

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])


def make_model(C=1.0):
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=C, max_iter=2000, class_weight="balanced"))])


results = {}
dummy = DummyClassifier(strategy="most_frequent").fit(train[NUM + CAT], train[TARGET])
results["baseline_majority"] = dummy.predict_proba(valid[NUM + CAT])[:, 1]
model = make_model(C=0.5).fit(train[NUM + CAT], train[TARGET])
results["logreg"] = model.predict_proba(valid[NUM + CAT])[:, 1]

for name, p in results.items():
    print(name, "AUC", round(roc_auc_score(valid[TARGET], p), 4), "AP", round(average_precision_score(valid[TARGET], p), 4))

coefs = pd.Series(model.named_steps["lr"].coef_[0], index=model.named_steps["pre"].get_feature_names_out())
print(coefs.sort_values().tail(10))

final = make_model(C=0.5).fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
