"""Card fraud take-home.

Logistic regression vs. the majority-class rule, compared on a held-out 30%
with an exact McNemar test on the discordant pairs, plus a Wilson interval
for the model's accuracy. With 3% fraud, accuracy alone says little (the
majority rule gets ~97%), so ranking metrics with bootstrap CIs are the
main result.
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
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score

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

# ranking metrics on the same holdout, percentile bootstrap (stratified by class)
p_m = clf.predict_proba(X_hold)[:, 1]
p_0 = maj.predict_proba(X_hold)[:, 1]
yh = y_hold.to_numpy()
print("majority rule: ROC-AUC %.3f  PR-AUC %.3f" % (roc_auc_score(yh, p_0), average_precision_score(yh, p_0)))
rng = np.random.default_rng(17)
pos, neg = np.flatnonzero(yh == 1), np.flatnonzero(yh == 0)
auc_b, ap_b = [], []
for _ in range(2000):
    i = np.concatenate([rng.choice(pos, len(pos)), rng.choice(neg, len(neg))])
    auc_b.append(roc_auc_score(yh[i], p_m[i]))
    ap_b.append(average_precision_score(yh[i], p_m[i]))
print("logistic     : ROC-AUC %.3f [%.3f, %.3f]  PR-AUC %.3f [%.3f, %.3f]" % (
    roc_auc_score(yh, p_m), *np.percentile(auc_b, [2.5, 97.5]),
    average_precision_score(yh, p_m), *np.percentile(ap_b, [2.5, 97.5])))

# predictions for the unlabelled test file, model refitted on all labelled rows
te = pd.read_csv("test.csv")
te["amount"] = np.log1p(te["amount"])
clf.fit(X, y)
pd.DataFrame({"transaction_id": te["transaction_id"],
              "prediction": clf.predict_proba(te[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)
