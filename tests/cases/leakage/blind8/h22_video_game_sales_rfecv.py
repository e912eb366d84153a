# Video game sales - will a game sell more than 1 million copies worldwide?
import pandas as pd
import numpy as np
from sklearn.feature_selection import RFECV
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.metrics import roc_auc_score

vg = pd.read_csv('Video_Games_Sales_as_at_22_Dec_2016.csv')
print(vg.shape)
print(vg.isnull().sum())

vg = vg.dropna(subset=['Name', 'Year_of_Release', 'Genre', 'Critic_Score', 'User_Score'])
vg = vg[vg['User_Score'] != 'tbd']
vg['User_Score'] = vg['User_Score'].astype(float)
vg['Year_of_Release'] = vg['Year_of_Release'].astype(int)
print(vg.shape)

vg['hit'] = (vg['Global_Sales'] >= 1.0).astype(int)
print(vg['hit'].value_counts(normalize=True))
print(vg.groupby('Genre')['hit'].mean().sort_values(ascending=False))

# regional sales add up to Global_Sales -> not usable as inputs
vg = vg.drop(columns=['NA_Sales', 'EU_Sales', 'JP_Sales', 'Other_Sales', 'Global_Sales'])

vg['score_gap'] = vg['Critic_Score'] / 10 - vg['User_Score']
vg['log_critic_count'] = np.log1p(vg['Critic_Count'])
vg['log_user_count'] = np.log1p(vg['User_Count'])
vg['is_nintendo'] = (vg['Publisher'] == 'Nintendo').astype(int)
vg['age_of_title'] = 2016 - vg['Year_of_Release']
vg['Rating'] = vg['Rating'].fillna('NR')

X = pd.get_dummies(vg.drop(columns=['Name', 'Publisher', 'Developer', 'hit']),
                   columns=['Platform', 'Genre', 'Rating'])
X = X.fillna(0)
y = vg['hit']
print('features before selection:', X.shape[1])

# recursive feature elimination to find the best subset
selector = RFECV(RandomForestClassifier(n_estimators=100, random_state=0, n_jobs=-1),
                 step=2, cv=StratifiedKFold(3), scoring='roc_auc', min_features_to_select=5)
selector.fit(X, y)
keep = X.columns[selector.support_]
print('RFECV kept', len(keep), 'features:', list(keep))
X_sel = X[keep]

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
for model in [LogisticRegression(max_iter=3000),
              RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1),
              ExtraTreesClassifier(n_estimators=300, random_state=0, n_jobs=-1)]:
    auc = cross_val_score(model, X_sel, y, cv=cv, scoring='roc_auc')
    print(f'{type(model).__name__:24s} CV AUC {auc.mean():.4f} +/- {auc.std():.4f}')

X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y, test_size=0.2, stratify=y, random_state=0)
rf = RandomForestClassifier(n_estimators=300, random_state=0, n_jobs=-1).fit(X_tr, y_tr)
print('hold-out AUC:', roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
