import numpy as np
import pandas as pd
import statsmodels.api as sm
from patsy import dmatrices, build_design_matrices
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
new = pd.read_csv("test.csv")
print(df.describe().T)
print(df.is_fraud.mean())
print(pd.crosstab(df.device_type, df.is_fraud, normalize="index"))

f = "is_fraud ~ standardize(np.log1p(amount)) + standardize(hour) + C(merchant_category) + C(device_type) + card_present"
d_tr, d_te = train_test_split(df, test_size=0.3, stratify=df.is_fraud, random_state=11)

# design built on the train part; the test part reuses its means/sds and levels
y_tr, X_tr = dmatrices(f, d_tr, return_type="dataframe")
y_tr = y_tr["is_fraud"]
(X_te,) = build_design_matrices([X_tr.design_info], d_te, return_type="dataframe")
y_te = d_te["is_fraud"]

m = sm.Logit(y_tr, X_tr).fit(maxiter=200)
print(m.summary2())
m0 = sm.Logit(y_tr, X_tr[["Intercept"]]).fit(disp=0)   # intercept-only baseline

p, p0 = m.predict(X_te), m0.predict(X_te[["Intercept"]])
print("AUC", roc_auc_score(y_te, p), "AP", average_precision_score(y_te, p))
print("baseline AP", average_precision_score(y_te, p0))

(Xn,) = build_design_matrices([X_tr.design_info], new, return_type="dataframe")
pd.DataFrame({"transaction_id": new.transaction_id, "prediction": m.predict(Xn)}).to_csv("predictions.csv", index=False)
