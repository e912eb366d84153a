# churn_model.py -- monthly snapshot churn, take-home
#
# Steps: light cleaning -> one-hot (pd.get_dummies, row-wise) -> screen the
# candidate features by mutual information with the target -> logistic
# regression pipeline -> out-of-time validation on new customers -> predictions.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_selection import mutual_info_classif
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
NOT_FEATURES = ["customer_id", "snapshot_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]
CATS = ["plan", "contract_type", "payment_method", "region"]
TOP_K = 12

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, test.shape)
print(df.isna().mean().sort_values(ascending=False).head())

# row-wise engineered columns
for d in (df, test):
    d["charges_per_tenure"] = d["monthly_charges"] / (d["tenure_months"] + 1)
    d["low_usage"] = (d["logins_30d"] < 3).astype(int)
    d["tickets_log"] = np.log1p(d["support_tickets_30d"])

df = pd.get_dummies(df, columns=CATS, dtype=float)
test = pd.get_dummies(test, columns=CATS, dtype=float).reindex(columns=df.columns, fill_value=0)
candidates = [c for c in df.columns if c not in NOT_FEATURES]
print(len(candidates), "candidate features")

# --- feature screening ------------------------------------------------------
mi = mutual_info_classif(df[candidates].fillna(0), df[TARGET], random_state=0)
mi = pd.Series(mi, index=candidates).sort_values(ascending=False)
selected = mi.head(TOP_K).index.tolist()
print("selected:", selected)

mi.head(25).sort_values().plot.barh(figsize=(6, 6), title="mutual information with churn")
plt.tight_layout()
plt.savefig("mi.png")

# --- out-of-time, new-customer validation -----------------------------------
months = sorted(df["snapshot_month"].unique())
cut = months[-3]
fit_rows = df[df["snapshot_month"] < cut]
hold_rows = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(fit_rows["customer_id"])]
print("fit", len(fit_rows), "holdout", len(hold_rows), "holdout churn", round(hold_rows[TARGET].mean(), 3))

pipe = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                     LogisticRegression(max_iter=3000, C=0.3, class_weight="balanced"))
pipe.fit(fit_rows[selected], fit_rows[TARGET])
p_hold = pipe.predict_proba(hold_rows[selected])[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(fit_rows[selected], fit_rows[TARGET])
p_dummy = dummy.predict_proba(hold_rows[selected])[:, 1]

print("dummy baseline   AUC %.3f AP %.3f" % (roc_auc_score(hold_rows[TARGET], p_dummy),
                                              average_precision_score(hold_rows[TARGET], p_dummy)))
print("logreg top-%d    AUC %.3f AP %.3f" % (TOP_K, roc_auc_score(hold_rows[TARGET], p_hold),
                                              average_precision_score(hold_rows[TARGET], p_hold)))

# --- final model --------------------------------------------------------------
pipe.fit(df[selected], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": pipe.predict_proba(test[selected])[:, 1]}).to_csv("predictions.csv", index=False)
