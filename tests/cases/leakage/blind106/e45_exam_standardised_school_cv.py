# Exam pass -- logit on standardised covariates, 5-fold CV with folds of whole schools.
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, log_loss

st = pd.read_csv("train.csv")
cont = ["prior_gpa", "attendance_rate", "study_hours", "absences", "coursework_score", "ses_index", "age"]
st = st.dropna(subset=cont).reset_index(drop=True)
print(st.shape, st["school_id"].nunique(), "schools")
print(st[cont].describe().T.round(2))

# standardise: z = (x - mean) / sd
Z = (st[cont] - st[cont].mean()) / st[cont].std()
Z["public"] = (st["school_type"] == "public").astype(float)
Z["internet"] = st["internet_access"].astype(float)
X = sm.add_constant(Z).to_numpy()
y = st["passed"].to_numpy()

K = 5
rng = np.random.default_rng(5)
schools = rng.permutation(st["school_id"].unique())
school_fold = {s: i % K for i, s in enumerate(schools)}
fold = st["school_id"].map(school_fold).to_numpy()

auc, ll, ll0 = [], [], []
for k in range(K):
    tr_i, te_i = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
    fit = sm.Logit(y[tr_i], X[tr_i]).fit(disp=0)
    p = fit.predict(X[te_i])
    auc.append(roc_auc_score(y[te_i], p))
    ll.append(log_loss(y[te_i], p))
    ll0.append(log_loss(y[te_i], np.full(len(te_i), y[tr_i].mean())))

print("school-fold CV AUC      %.3f (%.3f)" % (np.mean(auc), np.std(auc, ddof=1)))
print("school-fold CV log loss %.4f vs baseline (prior rate) %.4f" % (np.mean(ll), np.mean(ll0)))

full = sm.Logit(y, X).fit(disp=0)
print(full.summary(xname=["const"] + list(Z.columns)))

print("odds ratios per SD:")
print(np.exp(full.params).round(3))
