"""Loan default: WoE-encoded categoricals, IV screening, gradient boosting.

category_encoders.WOEEncoder handles the high-cardinality categoricals (sub_grade,
addr_state, purpose); IV is then computed from the encoded columns.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "default_flag"
LEAKY = ["recovery_amount", "collection_status", "days_past_due_max"]

df = pd.read_csv("train.csv").drop(columns=LEAKY)
df["term_months"] = df["term"].str.extract(r"(\d+)").astype(float)
df["emp_years"] = df["emp_length"].str.extract(r"(\d+)").astype(float)
df["loan_to_income"] = df["loan_amnt"] / df["annual_inc"].replace(0, np.nan)
df["fico_mid"] = (df["fico_range_low"] + df["fico_range_high"]) / 2
df = df.drop(columns=["term", "emp_length"])

cat_cols = ["grade", "sub_grade", "home_ownership", "verification_status", "purpose", "addr_state"]
num_cols = [c for c in df.columns if c not in cat_cols + ["loan_id", TARGET]]

# --- WoE encoding of the categoricals
woe = ce.WOEEncoder(cols=cat_cols, regularization=1.0)
df_enc = woe.fit_transform(df[cat_cols], df[TARGET])
df_enc.columns = [f"{c}_woe" for c in cat_cols]
df = pd.concat([df, df_enc], axis=1)


# --- IV of the encoded categoricals
def iv_from_woe(woe_col, y):
    tab = pd.crosstab(woe_col.round(6), y)
    good = tab[0] / tab[0].sum()
    bad = tab[1] / tab[1].sum()
    return float(((good - bad) * np.log((good + 1e-6) / (bad + 1e-6))).sum())


iv = pd.Series({c: iv_from_woe(df[c], df[TARGET]) for c in df_enc.columns}).sort_values(ascending=False)
print("IV of WoE-encoded categoricals:")
print(iv.round(4).to_string())
keep_cat = list(iv[iv >= 0.03].index)
features = num_cols + keep_cat
print("features:", len(features))

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df[TARGET], test_size=0.2, stratify=df[TARGET], random_state=7)

gbm = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_depth=4,
                                     class_weight="balanced", random_state=7)
gbm.fit(X_train, y_train)
dummy = DummyClassifier(strategy="stratified", random_state=7).fit(X_train, y_train)

for name, est in [("dummy (stratified)", dummy), ("HistGBM", gbm)]:
    p = est.predict_proba(X_test)[:, 1]
    print(f"{name:20s} ROC AUC {roc_auc_score(y_test, p):.4f}  AP {average_precision_score(y_test, p):.4f}")
