"""Give Me Some Credit (Kaggle) - serious delinquency within 2 years.

cs-training.csv: Unnamed: 0, SeriousDlqin2yrs, RevolvingUtilizationOfUnsecuredLines, age,
NumberOfTime30-59DaysPastDueNotWorse, DebtRatio, MonthlyIncome, NumberOfOpenCreditLinesAndLoans,
NumberOfTimes90DaysLate, NumberRealEstateLoansOrLines, NumberOfTime60-89DaysPastDueNotWorse,
NumberOfDependents
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "SeriousDlqin2yrs"

gmsc = pd.read_csv("data/cs-training.csv").drop(columns=["Unnamed: 0"])
gmsc.columns = [c.replace("-", "_") for c in gmsc.columns]
print(gmsc.shape, gmsc[TARGET].mean().round(4))

# ---- cleaning -----------------------------------------------------------------
late_cols = ["NumberOfTime30_59DaysPastDueNotWorse", "NumberOfTimes90DaysLate",
             "NumberOfTime60_89DaysPastDueNotWorse"]
for c in late_cols:
    gmsc.loc[gmsc[c] >= 96, c] = np.nan           # 96/98 are sentinel codes
gmsc = gmsc[gmsc["age"] > 18]
gmsc["RevolvingUtilizationOfUnsecuredLines"] = gmsc["RevolvingUtilizationOfUnsecuredLines"].clip(upper=2)

# ---- feature engineering -----------------------------------------------------------
gmsc["log_income"] = np.log1p(gmsc["MonthlyIncome"])
gmsc["log_debt_ratio"] = np.log1p(gmsc["DebtRatio"])
gmsc["income_missing"] = gmsc["MonthlyIncome"].isna().astype(int)
gmsc["total_late"] = gmsc[late_cols].sum(axis=1)
gmsc["any_90_late"] = (gmsc["NumberOfTimes90DaysLate"] > 0).astype(int)
gmsc["income_per_dependent"] = gmsc["MonthlyIncome"] / (gmsc["NumberOfDependents"].fillna(0) + 1)
gmsc["open_lines_per_age"] = gmsc["NumberOfOpenCreditLinesAndLoans"] / gmsc["age"]
gmsc["re_loans_share"] = gmsc["NumberRealEstateLoansOrLines"] / (gmsc["NumberOfOpenCreditLinesAndLoans"] + 1)
for c in late_cols:
    gmsc[c + "_x_util"] = gmsc[c] * gmsc["RevolvingUtilizationOfUnsecuredLines"]
gmsc["age_sq"] = gmsc["age"] ** 2

# ---- keep features that actually relate to the outcome ---------------------------------
corr = gmsc.corr(numeric_only=True)[TARGET].drop(TARGET).abs().sort_values(ascending=False)
print(corr.round(3))
selected = corr[corr > 0.03].index.tolist()
print(len(selected), "features kept:", selected)

X = gmsc[selected]
y = gmsc[TARGET]

model = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                      LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
res = cross_validate(model, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
print("ROC AUC: %.4f +/- %.4f" % (res["test_roc_auc"].mean(), res["test_roc_auc"].std()))
print("AP     : %.4f +/- %.4f" % (res["test_average_precision"].mean(), res["test_average_precision"].std()))

model.fit(X, y)
coef = pd.Series(model[-1].coef_[0], index=selected).sort_values()
print(coef.round(3))
