"""Credit committee pre-read: can a simple model replace the score-band approval table?

Context for the committee
  * Today, applications are approved from a credit-score band table maintained by Risk.
  * The proposal is a gradient-boosted model on application + bureau fields, reviewed
    quarterly. This script produces the headline numbers for the pre-read; the full memo
    covers monitoring and adverse-action reasons.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split, StratifiedKFold, GridSearchCV
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

SEED = 2024

loans = pd.read_csv("data/loans.csv")
print(f"{len(loans):,} applications, default rate {loans['default_12m'].mean():.2%}")

loans["log_income"] = np.log1p(loans["annual_income"])
loans["installment_ratio"] = (loans["loan_amount"] / loans["term_months"]) / (loans["annual_income"] / 12).clip(lower=500)
loans = pd.get_dummies(loans, columns=["home_ownership", "purpose"], dtype=int)

features = ["loan_amount", "term_months", "interest_rate", "log_income", "dti", "credit_score",
            "employment_years", "open_accounts", "revolving_util", "delinq_2y", "inquiries_6m",
            "installment_ratio"] + [c for c in loans.columns if c.startswith(("home_ownership_", "purpose_"))]
X = loans[features].fillna(-1)
y = loans["default_12m"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

search = GridSearchCV(
    GradientBoostingClassifier(random_state=SEED),
    {"n_estimators": [150, 300], "max_depth": [2, 3], "learning_rate": [0.05, 0.1]},
    scoring="accuracy", cv=StratifiedKFold(4, shuffle=True, random_state=SEED), n_jobs=-1,
)
search.fit(X_train, y_train)
print("best params:", search.best_params_, "CV accuracy", round(search.best_score_, 4))

majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
pred = search.predict(X_test)
print(f"\nmajority-class accuracy: {accuracy_score(y_test, majority.predict(X_test)):.4f}")
print(f"model accuracy:          {accuracy_score(y_test, pred):.4f}")

# by credit-score band, for the committee table
bands = pd.cut(loans.loc[X_test.index, "credit_score"], [300, 580, 640, 700, 760, 850])
acc_by_band = pd.DataFrame({"band": bands, "y": y_test, "pred": pred}).groupby("band", observed=True).apply(
    lambda g: pd.Series({"n": len(g), "accuracy": accuracy_score(g.y, g.pred)}))
print(acc_by_band.round(4))

# stability across resamples of the test part
rng = np.random.default_rng(SEED)
accs = [accuracy_score(y_test.values[i], pred[i]) for i in (rng.integers(0, len(y_test), len(y_test)) for _ in range(500))]
print("accuracy 90% interval:", np.percentile(accs, [5, 95]).round(4))
