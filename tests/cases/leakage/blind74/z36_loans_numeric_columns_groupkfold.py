import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import GroupKFold

warnings.filterwarnings("ignore")

TARGET = "defaulted"
POST_OUTCOME = ["collections_flag", "recovery_amount"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# ---------------------------------------------------------------- cleaning
print("rows:", len(train), "| duplicated rows:", train.duplicated().sum())
train = train.drop_duplicates()

for df in (train, test):
    df["employment_length"] = df["employment_length"].astype(str).str.extract(r"(\d+)")[0].astype(float)
    df["interest_rate"] = pd.to_numeric(df["interest_rate"].astype(str).str.rstrip("%"), errors="coerce")
    # income reported monthly by one branch: anything below 2000/yr is a monthly figure
    monthly = df["annual_income"] < 2000
    df.loc[monthly, "annual_income"] = df.loc[monthly, "annual_income"] * 12
    df["annual_income"] = df["annual_income"].clip(upper=5_000_000)
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"]
    df["rate_x_term"] = df["interest_rate"] * df["term_months"]
    for c in ["home_ownership", "purpose", "state"]:
        df[c] = df[c].astype("category")

# ---------------------------------------------------------------- features
num_cols = train.drop(columns=[TARGET] + POST_OUTCOME).select_dtypes("number").columns.tolist()
cat_cols = ["home_ownership", "purpose", "state"]
features = num_cols + cat_cols
print("features:", features)

X, y, groups = train[features], train[TARGET], train["applicant_id"]

params = dict(objective="binary", learning_rate=0.03, num_leaves=31, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0, verbose=-1)

oof = np.zeros(len(X))
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    m = lgb.LGBMClassifier(n_estimators=600, **params)
    m.fit(X.iloc[tr], y.iloc[tr], categorical_feature=cat_cols)
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {k}: AUC={roc_auc_score(y.iloc[va], oof[va]):.4f}")

print(f"OOF AUC {roc_auc_score(y, oof):.4f} | OOF logloss {log_loss(y, oof):.4f}")

model = lgb.LGBMClassifier(n_estimators=600, **params).fit(X, y, categorical_feature=cat_cols)
imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))

pd.DataFrame({"application_id": test["application_id"], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
