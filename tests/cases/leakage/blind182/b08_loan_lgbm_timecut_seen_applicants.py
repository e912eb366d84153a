"""Loan default within 12 months -- take-home submission.

Validation: train on applications made before 2022-07-01 and validate on the
applications made afterwards (the hidden test set is future applications, so
an out-of-time split is the honest choice).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "default_12m"
CUTOFF = pd.Timestamp("2022-07-01")
GRADE_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3, "E": 4, "F": 5, "G": 6}
DROP = [TARGET, "loan_id", "applicant_id", "application_date", "collections_flag",
        "grade", "purpose", "_part"]

train = pd.read_csv("train.csv", parse_dates=["application_date"])
test = pd.read_csv("test.csv", parse_dates=["application_date"])
print("train", train.shape, "test", test.shape)
print("default rate: %.3f" % train[TARGET].mean())

# --- history features: only applications made *before* the current one --------
full = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
full = full.sort_values(["application_date", "loan_id"]).reset_index(drop=True)
by_applicant = full.groupby("applicant_id")
full["n_prev_apps"] = by_applicant.cumcount()
full["days_since_prev_app"] = by_applicant["application_date"].diff().dt.days


def add_features(df):
    df = df.copy()
    df["app_month"] = df["application_date"].dt.month
    df["app_dow"] = df["application_date"].dt.dayofweek
    df["log_income"] = np.log1p(df["income"].clip(lower=0))
    df["amount_to_income"] = df["amount"] / df["income"].replace(0, np.nan)
    df["monthly_payment"] = df["amount"] / df["term"]
    df["payment_to_income"] = 12 * df["monthly_payment"] / df["income"].replace(0, np.nan)
    df["grade_ord"] = df["grade"].map(GRADE_ORDER)
    purpose = pd.get_dummies(df["purpose"], prefix="purpose", dtype=float)
    return pd.concat([df, purpose], axis=1)


full = add_features(full)
train = full[full["_part"] == "train"].copy()
test = full[full["_part"] == "test"].copy()
FEATURES = [c for c in train.columns if c not in DROP]
print(len(FEATURES), "features")

# --- out-of-time validation ---------------------------------------------------------
tr = train[train["application_date"] < CUTOFF]
va = train[train["application_date"] >= CUTOFF]
print("fit rows %d, validation rows %d" % (len(tr), len(va)))

params = dict(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=42,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(tr[FEATURES], tr[TARGET])
p_va = model.predict_proba(va[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
p_dummy = dummy.predict_proba(va[FEATURES])[:, 1]

print("\n            ROC-AUC   PR-AUC   Brier")
for name, p in [("prior", p_dummy), ("lightgbm", p_va)]:
    print("%-10s  %.4f    %.4f   %.4f" % (
        name,
        roc_auc_score(va[TARGET], p),
        average_precision_score(va[TARGET], p),
        brier_score_loss(va[TARGET], p),
    ))

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print("\nTop features:\n", imp.head(10))

# --- final model on every labelled application --------------------------------------
final = lgb.LGBMClassifier(**params)
final.fit(train[FEATURES], train[TARGET])
test["prediction"] = final.predict_proba(test[FEATURES])[:, 1]
test[["loan_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", test.shape)
