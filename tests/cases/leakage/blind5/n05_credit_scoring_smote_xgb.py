"""Give Me Some Credit - probability of serious delinquency within two years.

Only ~6.7% positives, so the classes are balanced with SMOTE before training XGBoost.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.metrics import (classification_report, confusion_matrix, f1_score,
                             roc_auc_score)
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

CFG = {
    "path": "data/cs-training.csv",
    "target": "SeriousDlqin2yrs",
    "test_size": 0.2,
    "seed": 7,
}

RENAME = {
    "RevolvingUtilizationOfUnsecuredLines": "revolving_util",
    "NumberOfTime30-59DaysPastDueNotWorse": "late_30_59",
    "NumberOfTime60-89DaysPastDueNotWorse": "late_60_89",
    "NumberOfTimes90DaysLate": "late_90",
    "DebtRatio": "debt_ratio",
    "MonthlyIncome": "monthly_income",
    "NumberOfOpenCreditLinesAndLoans": "open_lines",
    "NumberRealEstateLoansOrLines": "real_estate_lines",
    "NumberOfDependents": "dependents",
}


def load(cfg):
    df = pd.read_csv(cfg["path"], index_col=0)
    df = df.rename(columns=RENAME)
    print(df.shape)
    print(df[cfg["target"]].value_counts(normalize=True).round(4))
    print(df.isna().sum())
    return df


def clean(df):
    df = df.copy()
    # 96 / 98 in the late counters are special codes, not real counts
    for col in ["late_30_59", "late_60_89", "late_90"]:
        df[col + "_code"] = df[col].isin([96, 98]).astype(int)
        df.loc[df[col] >= 96, col] = np.nan
        df[col] = df[col].fillna(-1)
    df["income_missing"] = df["monthly_income"].isna().astype(int)
    df["monthly_income"] = df["monthly_income"].fillna(-1)
    df["dependents"] = df["dependents"].fillna(0)
    df["revolving_util"] = df["revolving_util"].clip(upper=2.0)
    df["age"] = df["age"].clip(lower=18)
    return df


def add_features(df):
    df = df.copy()
    df["total_late"] = df[["late_30_59", "late_60_89", "late_90"]].clip(lower=0).sum(axis=1)
    df["ever_90_late"] = (df["late_90"] > 0).astype(int)
    df["income_per_dependent"] = np.where(
        df["monthly_income"] > 0, df["monthly_income"] / (df["dependents"] + 1), -1
    )
    df["debt_amount"] = np.where(df["monthly_income"] > 0,
                                 df["debt_ratio"] * df["monthly_income"], -1)
    df["lines_per_age"] = df["open_lines"] / df["age"]
    return df


df = add_features(clean(load(CFG)))
print(df.describe().T.round(2))

y = df[CFG["target"]]
X = df.drop(columns=[CFG["target"]])

sm = SMOTE(random_state=CFG["seed"], k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", X_bal.shape, y_bal.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=CFG["test_size"], stratify=y_bal, random_state=CFG["seed"]
)

model = XGBClassifier(
    n_estimators=600, learning_rate=0.05, max_depth=5, subsample=0.8,
    colsample_bytree=0.8, min_child_weight=3, eval_metric="auc",
    random_state=CFG["seed"], n_jobs=-1,
)
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1     :", round(f1_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, digits=3))

importance = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importance.head(10))
