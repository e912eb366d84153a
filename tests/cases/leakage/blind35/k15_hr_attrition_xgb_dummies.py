"""Attrition risk scoring for the quarterly people review (XGBoost)."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, f1_score, precision_recall_fscore_support

RAW = "hr_attrition_2023q4.csv"

ORDINAL_MAPS = {
    "BusinessTravel": {"Non-Travel": 0, "Travel_Rarely": 1, "Travel_Frequently": 2},
    "OverTime": {"No": 0, "Yes": 1},
}


def prepare(path):
    df = pd.read_csv(path)
    df = df.drop(columns=["EmployeeCount", "Over18", "StandardHours"])
    df = df.set_index("EmployeeNumber")
    for col, mapping in ORDINAL_MAPS.items():
        df[col] = df[col].map(mapping)
    df["attrition_flag"] = (df["Attrition"] == "Yes").astype(int)

    # tenure / pay features
    df["years_without_promo_share"] = df["YearsSinceLastPromotion"] / df["YearsAtCompany"].clip(lower=1)
    df["years_with_mgr_share"] = df["YearsWithCurrManager"] / df["YearsAtCompany"].clip(lower=1)
    df["income_vs_level"] = df["MonthlyIncome"] / df["JobLevel"]
    df["hike_low"] = (df["PercentSalaryHike"] <= 12).astype(int)
    df["young_single"] = ((df["Age"] < 30) & (df["MaritalStatus"] == "Single")).astype(int)
    return df


df = prepare(RAW)
print(df.shape)
print("attrition rate:", round(df["attrition_flag"].mean(), 3))

summary = df.groupby("Department").agg(
    headcount=("attrition_flag", "size"),
    leavers=("attrition_flag", "sum"),
    median_income=("MonthlyIncome", "median"),
)
summary["rate"] = summary["leavers"] / summary["headcount"]
print(summary)

y = df["attrition_flag"]
X = pd.get_dummies(df.drop(columns=["attrition_flag"]), drop_first=True, dtype=int)
print("model matrix:", X.shape)

params = dict(
    n_estimators=400,
    max_depth=3,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.7,
    reg_lambda=2.0,
    scale_pos_weight=(y == 0).sum() / (y == 1).sum(),
    eval_metric="auc",
    random_state=42,
)
model = xgb.XGBClassifier(**params)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
oof = cross_val_predict(model, X, y, cv=cv, method="predict_proba")[:, 1]
print("OOF AUC:", round(roc_auc_score(y, oof), 4))
print("OOF F1 @0.5:", round(f1_score(y, oof > 0.5), 4))
p, r, f, _ = precision_recall_fscore_support(y, oof > 0.5, average="binary")
print(f"precision {p:.3f} recall {r:.3f}")

model.fit(X, y)
gain = pd.Series(model.get_booster().get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(15))

risk = pd.DataFrame({"risk": oof}, index=X.index)
risk["band"] = pd.cut(risk["risk"], [0, 0.2, 0.5, 0.8, 1.0], labels=["low", "medium", "high", "very high"],
                      include_lowest=True)
risk.sort_values("risk", ascending=False).to_csv("attrition_risk_scores.csv")
print(risk["band"].value_counts())
