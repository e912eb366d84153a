# House Rent Prediction (India, 4.7k listings from magicbricks)
# regression on log(rent) with a correlation-based feature filter

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import KFold, cross_val_score, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.metrics import r2_score, mean_absolute_error

rent = pd.read_csv('data/House_Rent_Dataset.csv')
print(rent.shape)
print(rent.head())
print(rent.describe())
print(rent.isnull().sum())

for col in ['City', 'Area Type', 'Furnishing Status', 'Tenant Preferred', 'Point of Contact']:
    print(rent[col].value_counts(), '\n')

sns.histplot(np.log1p(rent['Rent']), bins=60); plt.show()
sns.boxplot(x='City', y='Rent', data=rent); plt.yscale('log'); plt.show()

# obvious data errors (carpet area of 10 sqft)
rent = rent[rent['Size'] >= 50]
rent = rent[rent['Point of Contact'] != 'Contact Builder']


def parse_floor(s):
    # "Ground out of 2", "3 out of 5", "Upper Basement out of 10", "1"
    parts = str(s).split(' out of ')
    lvl = parts[0].strip()
    total = parts[1].strip() if len(parts) > 1 else np.nan
    mapping = {'Ground': 0, 'Upper Basement': -1, 'Lower Basement': -2}
    lvl = mapping.get(lvl, lvl)
    try:
        lvl = float(lvl)
    except ValueError:
        lvl = np.nan
    try:
        total = float(total)
    except (TypeError, ValueError):
        total = np.nan
    return lvl, total


rent[['floor_level', 'total_floors']] = rent['Floor'].apply(lambda s: pd.Series(parse_floor(s)))
rent = rent.dropna(subset=['floor_level', 'total_floors'])
rent['floor_ratio'] = rent['floor_level'] / rent['total_floors'].clip(lower=1)
rent['size_per_bhk'] = rent['Size'] / rent['BHK']
rent['bath_per_bhk'] = rent['Bathroom'] / rent['BHK']
rent['log_size'] = np.log1p(rent['Size'])
rent['log_rent'] = np.log1p(rent['Rent'])

rent = rent.drop(columns=['Posted On', 'Floor', 'Area Locality', 'Rent'])
rent = pd.get_dummies(rent, columns=['Area Type', 'City', 'Furnishing Status', 'Tenant Preferred',
                                     'Point of Contact'], dtype=int)
print(rent.shape)

# ---------------- keep features that move with the (log) rent
corr = rent.corr()['log_rent'].drop('log_rent')
print(corr.sort_values())
selected = corr[corr.abs() > 0.10].index.tolist()
print(len(selected), 'features kept:', selected)

plt.figure(figsize=(10, 8))
sns.heatmap(rent[selected + ['log_rent']].corr(), cmap='coolwarm', center=0)
plt.show()

X = rent[selected]
y = rent['log_rent']

kf = KFold(n_splits=5, shuffle=True, random_state=11)
models = {
    'ridge': make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    'rf': RandomForestRegressor(n_estimators=400, min_samples_leaf=3, random_state=11, n_jobs=-1),
    'gbr': GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=3, random_state=11),
}
for name, m in models.items():
    r2 = cross_val_score(m, X, y, cv=kf, scoring='r2')
    mae = -cross_val_score(m, X, y, cv=kf, scoring='neg_mean_absolute_error')
    print(f'{name:6s} R2 {r2.mean():.4f} +/- {r2.std():.4f} | MAE(log) {mae.mean():.4f}')

oof = cross_val_predict(models['gbr'], X, y, cv=kf)
print('GBR out-of-fold R2:', round(r2_score(y, oof), 4))
print('GBR out-of-fold MAE (rupees):', round(mean_absolute_error(np.expm1(y), np.expm1(oof)), 0))
