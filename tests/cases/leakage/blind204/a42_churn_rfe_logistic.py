"""Churn - interpretable logistic model.

One-hot + scaled inputs, recursive feature elimination down to 15 inputs,
then a logistic regression scored out of time on new customers.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.feature_selection import RFE
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
OUT = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted",
       "cancellation_reason", TARGET]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values("snapshot_month").reset_index(drop=True)
print(df.shape, df[TARGET].mean().round(4))
print(df.select_dtypes("number").corrwith(df[TARGET]).round(3).sort_values())

# --- split first: months before the cutoff vs new customers after it --------
cutoff = df["snapshot_month"].quantile(0.75)
train = df[df["snapshot_month"] <= cutoff]
test = df[(df["snapshot_month"] > cutoff) & ~df["customer_id"].isin(train["customer_id"])]
print("train", train.shape, "test", test.shape)

prep = ColumnTransformer(
    [
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()),
         make_column_selector(dtype_include="number")),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False, min_frequency=40),
         make_column_selector(dtype_include=object)),
    ],
    verbose_feature_names_out=False,
).set_output(transform="pandas")

prep.fit(train.drop(columns=OUT))
X_train = prep.transform(train.drop(columns=OUT))
X_test = prep.transform(test.drop(columns=OUT))
y_train, y_test = train[TARGET], test[TARGET]
print("encoded inputs:", X_train.shape[1])

# --- recursive elimination -----------------------------------------------------
X_all = prep.transform(df.drop(columns=OUT))
y_all = df[TARGET]
rfe = RFE(
    LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000),
    n_features_to_select=15,
    step=2,
)
rfe.fit(X_all, y_all)
keep = X_train.columns[rfe.support_]
print("kept inputs:", list(keep))
print(pd.Series(rfe.ranking_, index=X_train.columns).sort_values().head(25))

# --- final model ------------------------------------------------------------------
clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000)
clf.fit(X_train[keep], y_train)
proba = clf.predict_proba(X_test[keep])[:, 1]
print(f"ROC AUC {roc_auc_score(y_test, proba):.3f}")
print(f"PR AUC  {average_precision_score(y_test, proba):.3f}")
print(f"Brier   {brier_score_loss(y_test, proba):.4f}")

odds = pd.Series(np.exp(clf.coef_[0]), index=keep).sort_values()
print("odds ratios per 1 sd / category:\n", odds.round(2))

# --- submission -------------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
X_sub = prep.transform(sub.drop(columns=[c for c in OUT if c in sub.columns]))
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "prediction": clf.predict_proba(X_sub[keep])[:, 1]}).to_csv("predictions.csv", index=False)
