# Student performance (UCI, math course) - predict final grade G3
# keep only the features that are reasonably correlated with G3, then ridge regression
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv('student-mat.csv', sep=';')
print(df.shape)
print(df.dtypes.value_counts())

# G1/G2 are period grades of the same year; we want an early-warning model, so drop them
df = df.drop(columns=['G1', 'G2'])

# binary yes/no columns -> 0/1
yes_no = [c for c in df.columns if set(df[c].unique()) <= {'yes', 'no'}]
for c in yes_no:
    df[c] = (df[c] == 'yes').astype(int)

dfx = pd.get_dummies(df, drop_first=True)
print(dfx.shape)

corr = dfx.corr()['G3'].drop('G3').sort_values()
print(corr)

corr.plot.barh(figsize=(6, 12))
plt.tight_layout()
plt.savefig('corr_G3.png')
plt.close()

# keep features with |r| >= 0.1
feats = corr[corr.abs() >= 0.1].index.tolist()
print(len(feats), 'features kept:', feats)

X = dfx[feats]
y = dfx['G3']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=4)

sc = StandardScaler().fit(X_train)
X_train_s = sc.transform(X_train)
X_test_s = sc.transform(X_test)

ridge = Ridge(alpha=5.0)
ridge.fit(X_train_s, y_train)
pred = ridge.predict(X_test_s)

print('MAE: %.3f' % mean_absolute_error(y_test, pred))
print('R2 : %.3f' % r2_score(y_test, pred))

coefs = pd.Series(ridge.coef_, index=feats).sort_values()
print(coefs)

plt.scatter(y_test, pred)
plt.xlabel('G3'); plt.ylabel('predicted')
plt.savefig('pred_vs_true.png')
