"""Employee attrition: RFE-selected logistic regression, selection refitted in every fold."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

PATH = "WA_Fn-UseC_-HR-Employee-Attrition.csv"
SEED = 11
CONSTANT_OR_ID = ["EmployeeCount", "Over18", "StandardHours", "EmployeeNumber"]


def prepare(path):
    hr = pd.read_csv(path).drop(columns=CONSTANT_OR_ID)
    hr["Attrition"] = (hr["Attrition"] == "Yes").astype(int)
    hr["IncomePerLevel"] = hr["MonthlyIncome"] / hr["JobLevel"]
    hr["YearsPerCompany"] = hr["TotalWorkingYears"] / (hr["NumCompaniesWorked"] + 1)
    hr["TenureRatio"] = hr["YearsAtCompany"] / (hr["TotalWorkingYears"] + 1)
    hr["PromotionGap"] = hr["YearsSinceLastPromotion"] / (hr["YearsAtCompany"] + 1)
    hr["SatisfactionSum"] = hr[["EnvironmentSatisfaction", "JobSatisfaction",
                                "RelationshipSatisfaction", "WorkLifeBalance"]].sum(axis=1)
    cat_cols = hr.select_dtypes("object").columns.tolist()
    return pd.get_dummies(hr, columns=cat_cols, drop_first=True, dtype=int)


def eda(df):
    print(df.shape)
    print(df["Attrition"].value_counts(normalize=True).round(3))
    # correlation with the label, printed for orientation only
    corr = df.corr(numeric_only=True)["Attrition"].drop("Attrition")
    print(corr.abs().sort_values(ascending=False).head(15).round(3))


data = prepare(PATH)
eda(data)

X = data.drop(columns=["Attrition"])
y = data["Attrition"]
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("rfe", RFE(LogisticRegression(max_iter=2000), step=2)),
    ("clf", LogisticRegression(class_weight="balanced", max_iter=2000)),
])
grid = {
    "rfe__n_features_to_select": [10, 15, 20, 30],
    "clf__C": [0.1, 0.5, 1.0],
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=cv, n_jobs=-1)
search.fit(X_train, y_train)

print("best params :", search.best_params_)
print("cv roc auc  : %.3f" % search.best_score_)
res = pd.DataFrame(search.cv_results_)[["params", "mean_test_score", "std_test_score"]]
print(res.sort_values("mean_test_score", ascending=False).head(6).to_string(index=False))

best = search.best_estimator_
kept = X.columns[best.named_steps["rfe"].support_]
print("selected features:", list(kept))

proba = best.predict_proba(X_test)[:, 1]
prior = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print("test roc auc      :", round(roc_auc_score(y_test, proba), 3))
print("test pr auc       :", round(average_precision_score(y_test, proba), 3))
print("baseline pr auc   :", round(average_precision_score(y_test, prior), 3))
print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

coefs = pd.Series(best.named_steps["clf"].coef_[0], index=kept).sort_values()
print(coefs.round(3))
