# ride cancellation - logistic regression with feature selection
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

df = pd.read_csv('train.csv')
df['requested_at'] = pd.to_datetime(df['requested_at'])

# ---------------- features
df['hour'] = df.requested_at.dt.hour
df['minute_of_day'] = df.hour * 60 + df.requested_at.dt.minute
df['weekday'] = df.requested_at.dt.weekday
df['rush'] = df.hour.isin([7, 8, 9, 17, 18, 19]).astype(int)
df['eta_sq'] = df.eta_min ** 2
df['surge_eta'] = df.surge * df.eta_min
df['price_per_min'] = df.price_estimate / (df.eta_min + 1)
df = pd.get_dummies(df, columns=['payment_method', 'device', 'pickup_zone'], dtype=float)

ignore = {'ride_id', 'rider_id', 'requested_at', 'cancelled', 'driver_rating_after_trip'}
cols = [c for c in df.columns if c not in ignore]
X = df[cols].astype(float)
y = df['cancelled']

# standardise
X = (X - X.mean()) / X.std()
X = X.fillna(0)

# keep the 25 best features by ANOVA F
skb = SelectKBest(f_classif, k=25)
X_sel = pd.DataFrame(skb.fit_transform(X, y), columns=np.array(cols)[skb.get_support()], index=X.index)
print('selected:', list(X_sel.columns))

# ---------------- split by rider
gss = GroupShuffleSplit(test_size=0.25, n_splits=1, random_state=3)
i_tr, i_te = next(gss.split(X_sel, y, df['rider_id']))
Xtr, Xte, ytr, yte = X_sel.iloc[i_tr], X_sel.iloc[i_te], y.iloc[i_tr], y.iloc[i_te]

lr = LogisticRegression(C=1.0, class_weight='balanced', max_iter=1000)
lr.fit(Xtr, ytr)
proba = lr.predict_proba(Xte)[:, 1]
pred = (proba >= 0.5).astype(int)

print('AUC       %.3f' % roc_auc_score(yte, proba))
print('F1        %.3f' % f1_score(yte, pred))
print('precision %.3f' % precision_score(yte, pred))
print('recall    %.3f' % recall_score(yte, pred))
print(pd.Series(lr.coef_[0], index=X_sel.columns).sort_values())

# ---------------- submission
test = pd.read_csv('test.csv')
test['requested_at'] = pd.to_datetime(test['requested_at'])
test['hour'] = test.requested_at.dt.hour
test['minute_of_day'] = test.hour * 60 + test.requested_at.dt.minute
test['weekday'] = test.requested_at.dt.weekday
test['rush'] = test.hour.isin([7, 8, 9, 17, 18, 19]).astype(int)
test['eta_sq'] = test.eta_min ** 2
test['surge_eta'] = test.surge * test.eta_min
test['price_per_min'] = test.price_estimate / (test.eta_min + 1)
test = pd.get_dummies(test, columns=['payment_method', 'device', 'pickup_zone'], dtype=float)
Xt = test.reindex(columns=cols, fill_value=0).astype(float)
Xt = ((Xt - df[cols].astype(float).mean()) / df[cols].astype(float).std()).fillna(0)
Xt = Xt[X_sel.columns]
lr.fit(X_sel, y)
pd.DataFrame({'ride_id': test['ride_id'], 'prediction': lr.predict_proba(Xt)[:, 1]}).to_csv('predictions.csv', index=False)
