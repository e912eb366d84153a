"""Card fraud take-home.

Logistic regression vs. the majority-class rule, compared on a held-out 30%
with an exact McNemar test on the discordant pairs, plus a Wilson interval
for the model's accuracy.
"""
import numpy as np
import pandas as pd
from scipy.stats import chi2_contingency
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import proportion_confint
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

tx = pd.read_csv("train.csv")
print(tx.shape)
print(tx["is_fraud"].value_counts())

# Is fraud associated with merchant category at all? (descriptive)
ct = pd.crosstab(tx["merchant_category"], tx["is_fraud"])
chi2, p, dof, _ = chi2_contingency(ct)
print("merchant_category x is_fraud: chi2=%.1f, df=%d, p=%.3g" % (chi2, dof, p))

num = ["amount", "hour", "card_age_days", "txn_count_24h"]
cat = ["merchant_category", "country", "device_type"]
tx["amount"] = np.log1p(tx["amount"])

X = tx[num + cat]
y = tx["is_fraud"]
X_fit, X_hold, y_fit, y_hold = train_test_split(X, y, test_size=0.3, stratify=y, random_state=17)

prep = ColumnTransformer([("num", StandardScaler(), num),
                          ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat)])
clf = Pipeline([("prep", prep), ("lr", LogisticRegression(max_iter=2000))]).fit(X_fit, y_fit)
maj = DummyClassifier(strategy="most_frequent").fit(X_fit, y_fit)

pred_m = clf.predict(X_hold)
pred_0 = maj.predict(X_hold)
n = len(y_hold)
k_m = int((pred_m == y_hold).sum())
k_0 = int((pred_0 == y_hold).sum())
lo, hi = proportion_confint(k_m, n, method="wilson")
print("majority rule accuracy: %.4f" % accuracy_score(y_hold, pred_0))
print("logistic accuracy     : %.4f (Wilson 95%% CI %.4f-%.4f)" % (k_m / n, lo, hi))

# McNemar on the paired correctness table
a = ((pred_m == y_hold) & (pred_0 == y_hold)).sum()
b = ((pred_m == y_hold) & (pred_0 != y_hold)).sum()
c = ((pred_m != y_hold) & (pred_0 == y_hold)).sum()
d = ((pred_m != y_hold) & (pred_0 != y_hold)).sum()
res = mcnemar(np.array([[a, b], [c, d]]), exact=True)
print("McNemar exact: b=%d c=%d p=%.4g" % (b, c, res.pvalue))

# predictions for the unlabelled test file, model refitted on all labelled rows
te = pd.read_csv("test.csv")
te["amount"] = np.log1p(te["amount"])
clf.fit(X, y)
pd.DataFrame({"transaction_id": te["transaction_id"],
              "prediction": clf.predict_proba(te[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)
