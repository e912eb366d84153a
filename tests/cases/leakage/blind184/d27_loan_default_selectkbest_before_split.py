"""
Lending Club 2007-2011 accepted loans: predict Charged Off vs Fully Paid.

Only application-time columns are kept (no payment history after issuance).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

APP_COLS = [
    "loan_amnt", "term", "int_rate", "installment", "grade", "emp_length",
    "home_ownership", "annual_inc", "verification_status", "purpose", "dti",
    "delinq_2yrs", "inq_last_6mths", "open_acc", "pub_rec", "revol_bal",
    "revol_util", "total_acc", "loan_status",
]
GRADE_MAP = {g: i for i, g in enumerate("ABCDEFG")}


def clean(df):
    df = df[APP_COLS].copy()
    df = df[df["loan_status"].isin(["Fully Paid", "Charged Off"])]
    df["default"] = (df["loan_status"] == "Charged Off").astype(int)
    df = df.drop(columns=["loan_status"])
    df["term"] = df["term"].str.extract(r"(\d+)").astype(float)
    df["int_rate"] = df["int_rate"].astype(str).str.rstrip("%").astype(float)
    df["revol_util"] = df["revol_util"].astype(str).str.rstrip("%").replace("nan", np.nan).astype(float)
    df["emp_length"] = (
        df["emp_length"].replace({"< 1 year": "0", "10+ years": "10"})
        .str.extract(r"(\d+)").astype(float)
    )
    df["grade"] = df["grade"].map(GRADE_MAP)
    df["log_annual_inc"] = np.log1p(df["annual_inc"])
    df["installment_to_income"] = df["installment"] * 12 / (df["annual_inc"] + 1)
    df = pd.get_dummies(df, columns=["home_ownership", "verification_status", "purpose"],
                        drop_first=True, dtype=int)
    return df.dropna()


loans = clean(pd.read_csv("LoanStats3a.csv", skiprows=1, low_memory=False))
print(loans.shape, "default rate:", loans["default"].mean().round(3))

X = loans.drop(columns=["default"])
y = loans["default"]

# keep the 20 most informative features (ANOVA F-test)
selector = SelectKBest(score_func=f_classif, k=20)
X_sel = pd.DataFrame(selector.fit_transform(X, y), columns=X.columns[selector.get_support()], index=X.index)
print("selected:", list(X_sel.columns))

X_train, X_test, y_train, y_test = train_test_split(
    X_sel, y, test_size=0.2, stratify=y, random_state=0
)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(max_iter=2000, class_weight="balanced")),
])
grid = GridSearchCV(
    pipe,
    param_grid={"clf__C": [0.01, 0.1, 1.0, 10.0]},
    scoring="roc_auc",
    cv=StratifiedKFold(5, shuffle=True, random_state=0),
    n_jobs=-1,
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_, "CV AUC:", round(grid.best_score_, 4))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
proba = grid.predict_proba(X_test)[:, 1]
print("Test ROC AUC:", round(roc_auc_score(y_test, proba), 4),
      "| baseline:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print("Test AP     :", round(average_precision_score(y_test, proba), 4),
      "| baseline:", round(average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
