import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, recall_score, precision_score

# credit_risk_dataset.csv (Kaggle, laotse) - loan_status 1 = default
loans = pd.read_csv("credit_risk_dataset.csv")
print(loans.shape)
print(loans.isnull().sum())

# obviously broken rows
loans = loans[(loans.person_age < 100) & (loans.person_emp_length.fillna(0) < 60)]
loans = loans.drop_duplicates()

num = ["person_age", "person_income", "person_emp_length", "loan_amnt", "loan_int_rate",
       "loan_percent_income", "cb_person_cred_hist_length"]
cat = ["person_home_ownership", "loan_intent", "loan_grade", "cb_person_default_on_file"]

loans["log_income"] = np.log(loans.person_income)
loans["amnt_to_income"] = loans.loan_amnt / loans.person_income
num = num + ["log_income", "amnt_to_income"]

loans = pd.get_dummies(loans, columns=cat, drop_first=True, dtype=float)

y = loans.pop("loan_status")
X = loans
print(X.shape, "default rate", round(y.mean(), 3))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=8, stratify=y)
X_train, X_test = X_train.copy(), X_test.copy()

# emp_length and int_rate have gaps -> training medians
train_median = X_train[num].median()
X_train[num] = X_train[num].fillna(train_median)
X_test[num] = X_test[num].fillna(train_median)

# standardise so the logit coefficients are comparable (training mean / sd)
mu, sd = X_train[num].mean(), X_train[num].std()
X_train[num] = (X_train[num] - mu) / sd
X_test[num] = (X_test[num] - mu) / sd


def scores(model, name):
    model.fit(X_train, y_train)
    if hasattr(model, "predict_proba"):
        p = model.predict_proba(X_test)[:, 1]
    else:
        p = model.decision_function(X_test)
    yhat = model.predict(X_test)
    row = dict(
        model=name,
        auc=roc_auc_score(y_test, p),
        acc=accuracy_score(y_test, yhat),
        recall=recall_score(y_test, yhat, zero_division=0),
        precision=precision_score(y_test, yhat, zero_division=0),
    )
    return row


out = []
out.append(scores(DummyClassifier(strategy="most_frequent"), "majority"))
out.append(scores(LogisticRegression(max_iter=3000, C=1.0), "logit"))
out.append(scores(LogisticRegression(max_iter=3000, C=1.0, class_weight="balanced"), "logit_bal"))
out.append(scores(SVC(C=2.0, kernel="rbf", gamma="scale"), "svc_rbf"))

res = pd.DataFrame(out).set_index("model")
print(res.round(4))

logit = LogisticRegression(max_iter=3000).fit(X_train, y_train)
coef = pd.Series(logit.coef_[0], index=X.columns).sort_values()
print("\nmost protective:\n", coef.head(8).round(3))
print("\nmost risky:\n", coef.tail(8).round(3))

# odds ratio per 1 sd for the numeric inputs
print(np.exp(coef[[c for c in num if c in coef.index]]).round(3))
