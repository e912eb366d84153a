"""Rain in Australia - will it rain tomorrow?

Logistic regression on the weatherAUS data with an upsampled minority class.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

full_data = pd.read_csv("weatherAUS.csv")
print(full_data.shape)

full_data = full_data.drop(columns=["Date", "Evaporation", "Sunshine", "Cloud9am", "Cloud3pm"])
full_data = full_data.dropna()
full_data["RainToday"] = full_data["RainToday"].map({"No": 0, "Yes": 1})
full_data["RainTomorrow"] = full_data["RainTomorrow"].map({"No": 0, "Yes": 1})
print(full_data["RainTomorrow"].value_counts(normalize=True))

sns.boxplot(data=full_data, x="RainTomorrow", y="Humidity3pm")
plt.savefig("humidity_box.png")

full_data = pd.get_dummies(full_data, columns=["Location", "WindGustDir", "WindDir9am", "WindDir3pm"],
                           drop_first=True)

train, test = train_test_split(full_data, test_size=0.25, stratify=full_data["RainTomorrow"],
                               random_state=12345)

# oversample the minority class
no = train[train.RainTomorrow == 0]
yes = train[train.RainTomorrow == 1]
yes_up = resample(yes, replace=True, n_samples=len(no), random_state=123)
train_bal = pd.concat([no, yes_up]).sample(frac=1, random_state=1)
print(train_bal.RainTomorrow.value_counts())

X_train = train_bal.drop(columns=["RainTomorrow"])
y_train = train_bal["RainTomorrow"]
X_test = test.drop(columns=["RainTomorrow"])
y_test = test["RainTomorrow"]

scaler = MinMaxScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train_s, y_train)
d_pred = dummy.predict(X_test_s)
print("Dummy  acc=%.4f f1=%.4f" % (accuracy_score(y_test, d_pred), f1_score(y_test, d_pred)))

logreg = LogisticRegression(penalty="l1", solver="liblinear", C=1.0, max_iter=500)
logreg.fit(X_train_s, y_train)
y_pred = logreg.predict(X_test_s)
y_prob = logreg.predict_proba(X_test_s)[:, 1]
print("LogReg acc=%.4f f1=%.4f auc=%.4f" % (accuracy_score(y_test, y_pred), f1_score(y_test, y_pred),
                                             roc_auc_score(y_test, y_prob)))
print(classification_report(y_test, y_pred, digits=4))

coefs = pd.Series(logreg.coef_[0], index=X_train.columns).sort_values()
coefs.tail(10).plot(kind="barh", figsize=(7, 5))
plt.tight_layout()
plt.savefig("top_coefficients.png")
