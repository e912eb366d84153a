# mql_to_sql.py
# Simple, explainable SQL-propensity model for the marketing ops team.
#   - median-impute and z-score the touch aggregates
#   - one-hot the categorical fields
#   - L2 logistic regression, evaluated on a stratified 30% holdout

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TOUCH = ["n_touches_90d", "n_email_sends", "n_email_opens", "n_email_clicks", "n_unsubscribes",
         "n_webinars", "n_content_dl", "n_paid_clicks", "pricing_page_views",
         "days_since_last_touch", "intent_score"]
CATEGORICAL = ["company_size", "industry", "country", "persona", "lead_source",
               "first_touch_channel", "last_touch_channel"]

mql = pd.read_csv("train.csv")
new = pd.read_csv("test.csv")

# --- numeric: impute + standardise ---------------------------------------
medians = mql[TOUCH].median()
mql[TOUCH] = mql[TOUCH].fillna(medians)
new[TOUCH] = new[TOUCH].fillna(medians)

mu, sd = mql[TOUCH].mean(), mql[TOUCH].std()
mql[TOUCH] = (mql[TOUCH] - mu) / sd
new[TOUCH] = (new[TOUCH] - mu) / sd

# --- categorical ----------------------------------------------------------
X = pd.concat([mql[TOUCH], pd.get_dummies(mql[CATEGORICAL].fillna("unknown"), dtype=float)], axis=1)
X_new = pd.concat([new[TOUCH], pd.get_dummies(new[CATEGORICAL].fillna("unknown"), dtype=float)], axis=1)
X_new = X_new.reindex(columns=X.columns, fill_value=0.0)
y = mql["sql_within_30d"]

X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.3, stratify=y, random_state=31)

lr = LogisticRegression(C=0.2, max_iter=4000, class_weight="balanced")
lr.fit(X_tr, y_tr)
p = lr.predict_proba(X_ho)[:, 1]

print("holdout ROC AUC :", round(roc_auc_score(y_ho, p), 4))
print("holdout PR AUC  :", round(average_precision_score(y_ho, p), 4))
print(classification_report(y_ho, (p > 0.5).astype(int), digits=3))

# deciles for the gains chart in the memo
tbl = pd.DataFrame({"y": y_ho.values, "p": p})
tbl["decile"] = 10 - pd.qcut(tbl["p"].rank(method="first"), 10, labels=False)
out = tbl.groupby("decile").agg(mqls=("y", "size"), sqls=("y", "sum"))
out["sql_rate"] = out["sqls"] / out["mqls"]
out["lift"] = out["sql_rate"] / tbl["y"].mean()
out["cum_pct_sqls"] = out["sqls"].cumsum() / out["sqls"].sum()
print(out.round(3))

coef = pd.Series(lr.coef_[0], index=X.columns)
print("top +:", coef.nlargest(8).round(3).to_dict())
print("top -:", coef.nsmallest(8).round(3).to_dict())

lr.fit(X, y)
pd.DataFrame({"contact_id": new["contact_id"], "prediction": lr.predict_proba(X_new)[:, 1]}).to_csv(
    "predictions.csv", index=False)
