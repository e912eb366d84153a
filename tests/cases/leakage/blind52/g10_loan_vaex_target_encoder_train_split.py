# Loan default take-home -- vaex + LightGBM
#
# Notes to self:
#  * recovery_amount and days_past_due_90 only exist once a loan has gone bad,
#    so they never enter the feature list.
#  * purpose / addr_state are high-cardinality-ish -> target encoding.
import numpy as np
import pandas as pd
import vaex
import vaex.ml
import vaex.ml.lightgbm
from sklearn.metrics import roc_auc_score, log_loss, brier_score_loss

TARGET = "defaulted"
ID = "loan_id"
CATS = ["purpose", "addr_state", "home_ownership"]
NUMS = ["applicant_income", "loan_amount", "term_months", "interest_rate",
        "credit_score", "dti", "employment_years", "num_open_accounts",
        "delinquencies_2y"]


def engineer(df):
    df["log_income"] = np.log1p(df.applicant_income)
    df["loan_to_income"] = df.loan_amount / (df.applicant_income + 1)
    df["installment"] = df.loan_amount * (df.interest_rate / 1200) / (
        1 - (1 + df.interest_rate / 1200) ** (-df.term_months))
    df["payment_burden"] = df.installment * 12 / (df.applicant_income + 1)
    df["employment_years"] = df.employment_years.fillna(0)
    return df


df = vaex.from_csv("train.csv", convert=False)
print(df.shape)
print(df[TARGET].value_counts())
for c in CATS:
    print(c, df[c].nunique())
print(df.groupby("term_months", agg={"default_rate": vaex.agg.mean(TARGET)}))
print(df[NUMS].describe())

df = engineer(df)

df_train, df_valid = df.split_random(into=[0.8, 0.2], random_state=17)
print("train", len(df_train), "valid", len(df_valid))

# smoothed mean of the target per category, learned on the training part
te = vaex.ml.TargetEncoder(features=CATS, target=TARGET, weight=20, prefix="te_")
df_train = te.fit_transform(df_train)
df_valid = te.transform(df_valid)

FEATURES = ([c for c in NUMS] + ["log_income", "loan_to_income", "payment_burden"]
            + ["te_" + c for c in CATS])

params = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
}
booster = vaex.ml.lightgbm.LightGBMModel(features=FEATURES, target=TARGET,
                                         params=params, num_boost_round=350,
                                         prediction_name="p_default")
booster.fit(df_train)
df_valid = booster.transform(df_valid)

y = df_valid[TARGET].values
p = df_valid.p_default.values
prior = df_train[TARGET].mean()
p0 = np.full(len(y), prior)

print(f"LightGBM : AUC {roc_auc_score(y, p):.4f} | logloss {log_loss(y, p):.4f} | brier {brier_score_loss(y, p):.4f}")
print(f"prior    : AUC {roc_auc_score(y, p0):.4f} | logloss {log_loss(y, p0):.4f} | brier {brier_score_loss(y, p0):.4f}")

# which features carry the model
imp = pd.Series(booster.booster.feature_importance(importance_type="gain"), index=FEATURES)
print(imp.sort_values(ascending=False).head(10))

# ------------------------------------------------------------- submission
te_full = vaex.ml.TargetEncoder(features=CATS, target=TARGET, weight=20, prefix="te_")
df = te_full.fit_transform(df)
booster.fit(df)
test = engineer(vaex.from_csv("test.csv", convert=False))
test = te_full.transform(test)
test = booster.transform(test)
pd.DataFrame({ID: test[ID].values, "prediction": test.p_default.values}).to_csv(
    "predictions.csv", index=False)
print("done")
